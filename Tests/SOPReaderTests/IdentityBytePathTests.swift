import Foundation
import Testing
@testable import SOPReader

/// The byte paths of the identity reader (session 3) agree with the `Character`, standard-library and
/// Foundation code they stand in for, on tricky input.
@Suite struct IdentityBytePathTests {
    static let tricky = TextFastPathTests.tricky + [
        "NOMOR SOP", "Tgl. Efektif", "İSTANBUL", "K\u{212A}ELVIN", "Straße", "ÅNGSTRÖM", "\r\n", "a\rb",
        "No.25/2009", "NOMOR:12", "Nomor.\u{301}5", "1.\u{301} Kata", "- 1 Perda", "o Item", "c. huruf",
        "12) Dua", "123. Tiga", "4 Empat", "4 empat", "-|a|b|", "- | x | y |", "|---|:-:|", "| a | b |",
        " NIP. 1977 1027", "nip:1", "Unip 1", "NİP 1", "Sekda adalah Sekretaris Daerah", "A ADALAH b",
        "A : b", "Pejabat <U>Nama</U> NIP 1", "**Nama**", "<STRONG>x</strong>", "x – y",
    ]

    @Test(arguments: tricky) func lowercasedAgreesWithTheStandardLibrary(_ text: String) {
        #expect(ASCIIText.lowercased(Substring(text)) == text.lowercased())
    }

    @Test(arguments: tricky) func blankAgreesWithCharacters(_ text: String) {
        #expect(ASCIIText.isBlank(text) == text.allSatisfy(\.isWhitespace))
    }

    @Test(arguments: tricky) func byteTestsAgreeWithTheBytes(_ text: String) {
        #expect(ASCIIText.isASCII(text) == text.utf8.allSatisfy { $0 < 0x80 })
        #expect(ASCIIText.contains(UInt8(ascii: "\t"), in: text) == text.utf8.contains(UInt8(ascii: "\t")))
    }

    @Test(arguments: tricky) func caseInsensitiveSearchAgreesWithFoundation(_ text: String) {
        guard ASCIIText.isASCII(text) else { return }
        let lowered = ASCIIText.lowercased(Substring(text))
        for pattern in [" adalah ", "<u>", "</u>", "**", ": ", "nip", "a"] {
            #expect(ASCIIText.caseInsensitiveRange(of: pattern, in: text, lowered: lowered, from: text.startIndex)
                == text.range(of: pattern, options: .caseInsensitive), "\(text) / \(pattern)")
        }
    }

    @Test func byteLowercasingAgreesWithTheStandardLibrary() {
        for byte in UInt8(0)..<0x80 {
            let text = String(decoding: [byte], as: UTF8.self)
            #expect(String(decoding: [ASCIIText.lowercased(byte)], as: UTF8.self) == text.lowercased(), "\(byte)")
        }
        #expect(ASCIIText.lowercased(0xC3) == 0xC3)
        #expect(ASCIIText.lowercased(0xDF) == 0xDF)
    }

    @Test func caseInsensitiveSearchRefusesALoweredFormOfAnotherLength() {
        let text = "İSTANBUL adalah KOTA"
        #expect(ASCIIText.caseInsensitiveRange(of: " adalah ", in: text, lowered: text.lowercased(), from: text.startIndex) == nil)
        #expect(ASCIIText.caseInsensitiveRange(of: "a", in: "AB", lowered: "a", from: "AB".startIndex) == nil)
    }

    @Test(arguments: tricky) func asciiRunScanAgreesWithTheCharacterSplit(_ text: String) {
        var copy = text
        var runs: [String] = []
        let plain = copy.withUTF8 { bytes in
            ASCIIRun.scan(bytes) { run, _ in
                if !run.isEmpty { runs.append(ASCIIText.lowercased(UnsafeBufferPointer(rebasing: bytes[run]))) }
            }
        }
        #expect(plain == (ASCIIText.isASCII(text) && !TextCleaning.mayHoldMarkup(text)), "\(text.debugDescription)")
        guard plain else { return }
        let expected = TextCleaning.clean(text).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        #expect(runs == expected, "\(text.debugDescription)")
    }

    /// What `OCRDigitRepair.digits` gave by `Character`.
    static func characterDigits(_ token: String) -> String? {
        let lookalikes: [Character: Character] = ["I": "1", "l": "1", "|": "1", "O": "0", "o": "0", "S": "5"]
        guard !token.isEmpty else { return nil }
        var out = ""
        for ch in token {
            if ch.isASCII && ch.isNumber { out.append(ch) } else if let digit = lookalikes[ch] { out.append(digit) } else { return nil }
        }
        return out
    }

    @Test(arguments: tricky + ["IO", "2OO9", "l|S", "1\u{301}", "0\r\n1", "١٢"]) func ocrDigitsAgreeWithCharacters(_ token: String) {
        #expect(OCRDigitRepair.digits(token) == Self.characterDigits(token))
    }

    /// `ListMarker.split` of ASCII text agrees with the `Character` path, which the same text takes with
    /// a precomposed "é" appended (it joins nothing and is no marker, space or capital).
    @Test(arguments: tricky) func listMarkersAgreeOnBothPaths(_ text: String) {
        guard ASCIIText.isOneBytePerCharacter(text) else { return }
        let (marker, rest) = ListMarker.split(text)
        let (unicodeMarker, unicodeRest) = ListMarker.split(text + "\u{E9}")
        #expect(marker == unicodeMarker, "\(text)")
        #expect(rest + "\u{E9}" == unicodeRest, "\(text)")
    }

    /// The address test on `Character` words that non-ASCII text took before its ASCII words were looked at.
    static func characterAddress(_ text: String) -> Bool {
        let addressWords: Set<String> = ["jalan", "jl", "jln", "telp", "telepon", "tlp", "telpon", "fax", "faks", "faksimile",
                                         "website", "email", "laman", "kode", "pos", "kodepos"]
        let lower = text.lowercased()
        return lower.split(whereSeparator: { !$0.isLetter }).map(String.init).contains(where: addressWords.contains)
            || ["www.", "http", "e-mail", "@"].contains(where: lower.contains)
    }

    @Test func letterheadAddressesAgreeWithCharacterWords() {
        let lines = ["Kode Pos : 74662 Telepon (0532) – 2071078", "Jl. Merdeka – 5", "\u{0D4E}.kode – x", "\u{212A}ode – x",
                     "\u{E9}kode – x", "kod\u{E9} – x", "kode\u{301} – x", "PEMERINTAH – KOTA", "Dinas – kode", "x\u{0600}.pos"]
        for line in lines where Self.characterAddress(line) {
            #expect(LetterheadClassifier.classify(line) == .address, "\(line)")
        }
        for line in lines where !Self.characterAddress(line) {
            #expect(LetterheadClassifier.classify(line) != .address, "\(line)")
        }
    }

    @Test func labelsOfWordRangesAgreeWithWordLabels() {
        let lines = ["NAMA SOP Prosedur", "Tanggal Pembuatan 1 Mei", "TGL EFEKTIP x", "Tanggal Revisi (ditinjau) 2",
                     "Peralatan / Perlengkapan", "Pencatatan dan Pendataan", "Disahkan  Oleh Camat", "1. Memahami aturan"]
        for line in lines {
            var copy = line
            copy.withUTF8 { bytes in
                // The words as byte ranges: the runs between spaces.
                var ranges: [Range<Int>] = []
                var index = 0
                while index < bytes.count {
                    while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
                    guard index < bytes.count else { break }
                    let start = index
                    while index < bytes.count, bytes[index] != UInt8(ascii: " ") { index += 1 }
                    ranges.append(start..<index)
                }
                let words = ASCIIText.words(in: Substring(line), maxSplits: 5)
                for count in 1...min(4, ranges.count) {
                    var byRanges = IdentityLabelCatalog.Memo(), byWords = IdentityLabelCatalog.Memo()
                    let span = UnsafeBufferPointer(rebasing: bytes[ranges[0].lowerBound..<ranges[count - 1].upperBound])
                    #expect(IdentityLabelCatalog.label(forASCII: span, memo: &byRanges)
                        == IdentityLabelCatalog.label(forWords: words[0..<count], memo: &byWords), "\(line) / \(count)")
                }
            }
        }
    }
}
