import Foundation
@testable import SOPCheck
import Testing

/// CaseFolding's byte paths must agree with `lowercased()`, `split(whereSeparator:)` and `hasPrefix`.
@Suite struct CaseFoldingTests {
    private let samples = ["Peraturan  Daerah\n", "", "   ", "\t Kepala\r\nDinas \u{0B}\u{0C}", "KEPALA DINAS", "Kepala Dinas Menugaskan",
                           "Kepala\u{00A0}Dinas", "Kepala Dinas \u{301}menugaskan", "İstanbul Kepala", "Café Kepala", "kepala\r",
                           "kepala\r\nx", "Ke", String(repeating: "Kepala ", count: 3000)]

    @Test func foldedWordsAgreesWithCharacters() {
        for text in samples {
            #expect(CaseFolding.foldedWords(text) == text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " "),
                    "\(text.prefix(30).debugDescription)")
        }
    }

    @Test func lowercasedHasPrefixAgreesWithCharacters() {
        let prefixes = ["kepala dinas ", "kepala ", "", "kepala\r", "café ", "i̇stanbul ", "kepala\u{00A0}", "ke"]
        for text in samples {
            for prefix in prefixes {
                #expect(CaseFolding.lowercased(text, hasPrefix: prefix) == text.lowercased().hasPrefix(prefix),
                        "\(text.prefix(30).debugDescription) \(prefix.debugDescription)")
            }
        }
    }

    @Test func schemaMinLengthCountsScalars() {
        let texts = ["", "a", "ab", "é", "e\u{301}", "\u{1F600}", String(repeating: "x", count: 1000)]
        for text in texts {
            for minimum in [-1.0, 0, 0.5, 1, 1.5, 2, 3, 1e300, .infinity, .nan] {
                #expect(SchemaValidator.isShorter(text, than: minimum) == (Double(text.unicodeScalars.count) < minimum), "\(text.prefix(5)) \(minimum)")
            }
        }
    }

    @Test func asciiPunctuationIsFoundationsPunctuation() {
        for byte in UInt8(0)..<0x80 {
            #expect(CaseFolding.isASCIIPunctuation(byte) == CharacterSet.punctuationCharacters.contains(Unicode.Scalar(byte)), "\(byte)")
        }
    }

    @Test func lowercasedTrimmingPunctuationAgreesWithFoundation() {
        var words = ["Kepala", "KEPALA:", "(Kepala)", "\"Kabag,\"", "...", "", "-", "$Staf$", "staf+", "~Tim~", "<Kasi>", "Kepala\u{00A0}",
                     "Café.", "«Kepala»", "Kepala\u{301}.", "İ.", "a_b_", "_#%&'()*,-./:;?@[\\]_{}!", "\u{1F600}Tim"]
        words += (0..<128).map { "x" + String(UnicodeScalar(UInt8($0))) + "Y" + String(UnicodeScalar(UInt8($0))) }
        for word in words {
            let sub = Substring(word)
            #expect(CaseFolding.lowercasedTrimmingPunctuation(sub) == sub.lowercased().trimmingCharacters(in: .punctuationCharacters),
                    "\(word.debugDescription)")
        }
    }
}
