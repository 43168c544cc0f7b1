import Foundation
import Testing
@testable import SOPReader

/// The byte-level helpers of the identity and field readers agree with the `Character` code they
/// replaced, on tricky input: non-ASCII letters, combining marks next to punctuation, NBSP, CR LF,
/// a prepended mark, empty and long text.
@Suite struct IdentityFastPathTests {
    static let tricky = [
        "", " ", ".", ";", "..", "(a)", "((IV/c))", "Plt.", "\"Nomor\"", "'x'", "café.", "é;", ".\u{301}",
        "a.\u{301}", "\u{301}.a", "(\u{301}x)", "x;\u{301}", "a .", "a\u{00A0}.", "a\r\n", "a;\r\n", ";\r\n",
        "a\u{0600}.", "\u{0600}.", "a \u{301}.", "item ;", "item , ;", "text ends. ", "x\t.", "x\u{2003}.",
        "Peraturan Daerah Nomor 9 Tahun 2016;", String(repeating: "kata ", count: 3_000) + ";",
    ]

    static func characterTrim(_ text: Substring, _ set: Set<Character>) -> Substring {
        var s = text
        while let first = s.first, set.contains(first) { s = s.dropFirst() }
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return s
    }

    @Test func punctuationTrimmingAgreesWithCharacters() {
        let set: Set<Character> = [",", ";", ":", ".", "(", ")"]
        for text in Self.tricky {
            #expect(ASCIIText.trimming(Substring(text), where: ASCIIText.isWordPunctuation) == Self.characterTrim(Substring(text), set),
                    "\(text.debugDescription)")
        }
    }

    /// What `trimListPunctuation` did before it read bytes.
    static func characterListTrim(_ text: String) -> String {
        var s = Substring(text)
        while let last = s.last {
            if last == ";" || last == "," || last.isWhitespace {
                s = s.dropLast()
            } else if last == ".", s.dropLast().last?.isWhitespace == true {
                s = s.dropLast()
            } else {
                break
            }
        }
        return String(s)
    }

    @Test func listPunctuationTrimmingAgreesWithCharacters() {
        for text in Self.tricky {
            #expect(TextCleaning.trimListPunctuation(text) == Self.characterListTrim(text), "\(text.debugDescription)")
        }
    }

    @Test func byteWordsAgreeWithSplit() {
        let texts = Self.tricky + ["a b", "  a  b  ", "a \u{301}b", "a\u{301} b", "NAMA SOP Prosedur  x y z w v u"]
        for text in texts {
            for maxSplits in [1, 2, 5, Int.max] {
                let expected = Substring(text).split(separator: " ", maxSplits: maxSplits, omittingEmptySubsequences: true)
                #expect(ASCIIText.words(in: Substring(text), maxSplits: maxSplits) == expected, "\(text.debugDescription) \(maxSplits)")
            }
        }
    }

    @Test func substringSearchAgreesWithFoundation() {
        let text = Substring("a 1. b 2. c 2.x é 3. d")
        for needle in [" 2. ", " 3. ", "x", " 9. ", "a"] {
            let hit = ASCIIText.firstIndex(of: needle, in: text, from: text.startIndex)
            #expect(hit == text.range(of: needle)?.lowerBound, "\(needle)")
        }
        #expect(ASCIIText.firstIndex(of: "", in: text, from: text.startIndex) == text.startIndex)
        #expect(ASCIIText.firstIndex(of: "toolong-needle-longer-than-text", in: Substring("ab"), from: "ab".startIndex) == nil)
    }

    @Test func sourceLinesEndAtLFCRLFAndLoneCR() {
        let lines = SourceText("a\nb\r\nc\rd\n\né\u{301}\r").lines
        #expect(lines.map(\.text) == ["a", "b", "c", "d", "", "é\u{301}"])
        #expect(lines.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(SourceText("").lines.isEmpty)
    }

    @Test func sha256OfDataMatchesBytesAcrossBlockBoundaries() {
        // Lengths around the 55/56/64-byte padding edges, as Data and as an array.
        for length in [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1_000] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            #expect(SHA256.hexDigest(Data(bytes)) == SHA256.hexDigest(bytes))
            #expect(SHA256.hexDigest(bytes.lazy.map { $0 }) == SHA256.hexDigest(bytes))
        }
        #expect(SHA256.hexDigest(Array(String(repeating: "a", count: 64).utf8))
                == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    @Test func kindRecognitionAgreesWithReading() {
        let phrases = ["Peraturan Daerah Kabupaten Klungkung", "Permendagri", "PermenPAN-RB", "Kepmenkes", "UU", "Undang Undang",
                       "Klungkung", "Daerah", "(Perda)", "Surat Edaran Menteri", "", ",", "Permen", "Peraturan"]
        for phrase in phrases {
            let words = phrase.split(separator: " ").map(String.init)
            let recognized = RegulationKind.read(words)?.isRecognized == true
            #expect(RegulationKind.recognizes(keys: words.map(RegulationKind.key(of:))) == recognized, "\(phrase)")
        }
    }
}

extension IdentityFastPathTests {
    @Test func plainByteTestAgreesWithByteByByte() {
        var texts = Self.tricky
        for position in 0..<20 {
            for odd in ["\r", "é", "\u{301}", "\u{7F}", "\n"] {
                texts.append(String(repeating: "a", count: position) + odd + String(repeating: "b", count: 19 - position))
            }
        }
        for text in texts {
            let expected = text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
            #expect(ASCIIText.isOneBytePerCharacter(text) == expected, "\(text.debugDescription)")
        }
    }
}
