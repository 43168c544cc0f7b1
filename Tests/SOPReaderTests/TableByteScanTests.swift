import Foundation
import Testing
import SOPModel
@testable import SOPReader

/// The word-at-a-time and `memchr` scans of the table reader agree with byte-by-byte and `Character`
/// code on tricky input: every offset across an 8-byte word, non-ASCII, combining marks, NBSP, CR, empty.
@Suite struct TableByteScanTests {
    /// Lines cut as before the `memchr` scan: byte by byte, LF, CR LF and lone CR each ending a line.
    static func referenceLines(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var lines: [String] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else {
                index += 1
                continue
            }
            lines.append(String(decoding: bytes[start..<index], as: UTF8.self))
            index += 1
            if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A { index += 1 }
            start = index
        }
        if start < bytes.count { lines.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return lines
    }

    @Test func sourceLinesAgreeWithTheByteLoop() {
        var texts = ["", "\n", "\r", "\r\n", "\n\r", "a", "a\r", "a\n", "a\r\n", "a\r\r\n", "\r\n\r\n", "a\n\rb", "\r\rx\r",
                     "é\u{301}\r\nb\rc\nd", "\u{00A0}\t|\r\n", String(repeating: "kata ", count: 3_000)]
        for a in ["", "x", "é"] {
            for b in ["\n", "\r", "\r\n", "\n\n", "\r\r"] {
                for c in ["", "y", "\u{301}"] { texts.append(a + b + c + b + a) }
            }
        }
        for text in texts {
            let lines = SourceText(text).lines
            #expect(lines.map(\.text) == Self.referenceLines(text), "\(Array(text.utf8))")
            #expect(lines.map(\.number) == Array(stride(from: 1, through: lines.count, by: 1)))
        }
    }

    @Test func tabCellsAgreeWithSplit() {
        for text in ["", "\t", "a", "a\t", "\ta", "a\tb", "a\t\tb\t", "é\u{301}\t\u{00A0}\tx", String(repeating: "ab\t", count: 100)] {
            let line = SourceLine(number: 1, text: text)
            let expected = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            #expect(TableLayoutDetector.cellTexts(of: line, layout: .tabbed) == expected)
            var copy = text
            copy.withUTF8 { #expect(TableLayoutDetector.tabCount(in: $0) == expected.count - 1) }
        }
    }

    /// Words of every byte value that matters at every position, checked against the bytes one by one.
    @Test func wordTestsAgreeWithTheBytes() {
        let interesting: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x21, 0x2A, 0x3C, 0x41, 0x5F, 0x61, 0x7E, 0x7F,
                                    0x80, 0xA0, 0xC2, 0xFF]
        var generator = SystemRandomNumberGenerator()
        var words: [UInt64] = [0, .max, 0x2020_2020_2020_2020, 0x6161_6161_6161_6161]
        for byte in interesting {
            for position in 0..<8 {
                words.append(0x6161_6161_6161_6161 & ~(UInt64(0xFF) << (8 * position)) | UInt64(byte) << (8 * position))
            }
        }
        for _ in 0..<2_000 {
            var word: UInt64 = 0
            for position in 0..<8 { word |= UInt64(interesting.randomElement(using: &generator) ?? 0) << (8 * position) }
            words.append(word)
        }
        for word in words {
            let bytes = (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) }
            #expect(WordBytes.hasZeroByte(word) == bytes.contains(0))
            for probe: UInt8 in [0x09, 0x20, 0x3C] {
                var expected: UInt64 = 0
                for (position, byte) in bytes.enumerated() where byte == probe { expected |= 0x80 << (8 * position) }
                #expect(WordBytes.highBits(where: word, equals: probe) == expected)
            }
            let special = bytes.contains { $0 < 0x20 || $0 >= 0x80 || $0 == 0x3C || $0 == 0x2A || $0 == 0x5F }
            #expect(WordBytes.holdsOtherThanPlainASCIIAndSpaces(word) == special)
            var lowered: UInt64 = 0
            for (position, byte) in bytes.enumerated() { lowered |= UInt64(ASCIIText.lowercased(byte)) << (8 * position) }
            #expect(WordBytes.lowercased(word) == lowered)
        }
    }

    @Test func asciiLowercasingAgreesWithTheStandardLibrary() {
        for length in 0...40 {
            let text = String((0..<length).map { Character(Unicode.Scalar(UInt8(0x20 + ($0 * 37) % 0x5F))) })
            var copy = text
            #expect(copy.withUTF8 { ASCIIText.lowercased($0) } == text.lowercased())
        }
        #expect(ASCIIText.lowercased(Substring("@AZ[`az{ MIXED Case 0123456789")) == "@az[`az{ mixed case 0123456789")
    }

    /// `clean` reads eight bytes at a time: doubled spaces, markup, NBSP and controls at every offset.
    @Test func cleanAgreesWithFoundationAtEveryOffset() {
        let inserts = ["  ", " ", "*x*", "<u>", "<br>", "__", "\u{00A0}", "\t", "\r\n", "\u{01}", "\u{7F}", "é", "e\u{301}", " \u{301}"]
        for insert in inserts {
            for offset in 0...17 {
                let base = String(repeating: "abcdefg ", count: 3)
                let cut = base.index(base.startIndex, offsetBy: offset)
                let (head, tail) = (String(base[..<cut]), String(base[cut...]))
                for text in [head + insert + tail, head + insert, insert + tail] {
                    #expect(TextCleaning.clean(text) == TextFastPathTests.foundationClean(text), "\(Array(text.utf8))")
                }
            }
        }
    }

    /// Aligned header lines: the two gaps may straddle an 8-byte word.
    @Test func alignedHeaderGapsAcrossWords() {
        #expect(HeaderLine.layout(of: SourceLine(number: 1, text: "Kegiata  Pelaksana  Waktu")) == .aligned)
        #expect(HeaderLine.layout(of: SourceLine(number: 1, text: "No      Kegiatan  Pelaksana")) == .aligned)
        #expect(HeaderLine.layout(of: SourceLine(number: 1, text: "Kegiatan Pelaksana  Waktu")) == nil)
        #expect(HeaderLine.layout(of: SourceLine(number: 1, text: "No\tKegiatan\tPelaksana")) == .tabbed)
        #expect(HeaderLine.layout(of: SourceLine(number: 1, text: "  | No | Kegiatan | Waktu |")) == .markdown)
        #expect(HeaderLine.layout(of: SourceLine(number: 1, text: "No\tKegiatan")) == nil)
        #expect(HeaderLine.layout(of: SourceLine(number: 1, text: "\t\t\u{00A0}\t ")) == nil)
    }

    /// The labels as `ColumnRole` spells them, for the reference below.
    static let labels: [(ColumnRole, String)] = [
        (.number, "no"), (.number, "nomor"), (.number, "nourut"),
        (.activity, "kegiatan"), (.activity, "uraiankegiatan"), (.activity, "aktivitas"), (.activity, "aktifitas"),
        (.activity, "uraian"), (.activity, "uraianaktivitas"), (.activity, "langkahkegiatan"), (.activity, "prosedur"),
        (.actors, "pelaksana"), (.actors, "pelaksanaan"),
        (.quality, "mutubaku"), (.quality, "mulamula"), (.quality, "mutubuku"), (.quality, "mutu"),
        (.inputs, "kelengkapan"), (.inputs, "persyaratan"), (.inputs, "persyaratankelengkapan"), (.inputs, "syarat"), (.inputs, "input"),
        (.duration, "waktu"), (.duration, "jangkawaktu"),
        (.output, "output"), (.output, "keluaran"), (.output, "hasil"), (.output, "outputs"),
        (.notes, "keterangan"), (.notes, "ket"), (.notes, "catatan"),
    ]

    /// What `ColumnRole.recognise` gave before its byte paths: the cleaned, lower-cased letters matched
    /// exactly, else within one edit of a label of six letters or more, as `Character`s.
    static func referenceRole(_ cell: String) -> ColumnRole? {
        guard cell.utf8.count <= ColumnRole.longestCell else { return nil }
        let key = String(TextCleaning.clean(cell).lowercased().filter(\.isLetter))
        let length = key.count
        guard length > 0, length <= 26 else { return nil }
        if let exact = labels.first(where: { $0.1 == key }) { return exact.0 }
        for (role, word) in labels where word.count >= 6 && abs(word.count - length) <= 1 {
            if EditDistance.atMost(1, key, word) { return role }
        }
        return nil
    }

    @Test func columnRolesAgreeWithTheCharacterReference() {
        var cells = ["No.", "Kegiatan", "Kegiatań", "Kégiatan", "Ke\u{301}giatan", "Kégiatań", "ﬁKegiatan", "Kegiatanﬁ", "Kete rangan",
                     "Ket.", "√", "→ Output", "Wak√tu", "Mula Mula", "Mutu Bakú", "Pelaksanaañ", "ÄPelaksana", "Pelaksanä",
                     "<b>Waktu</b>", "Outputs\u{00A0}", "Keluaran\u{301}", "Catatań", "Catata", "Persyaratan Kelengkapan",
                     "Persyaratań Kelengkapan", "Uraian Kegiatan", "Uraián", "İnput", "KELENGKAPAN", "Kelengkapan\r\n", "",
                     "\u{00A0}\u{00A0}", "ab", "é", "Ωmega", "Output/Hasil", "Nomor Urut", "Nőurut", "Langkah Kegiatan"]
        cells += cells.map { $0.uppercased() }
        for cell in cells {
            #expect(ColumnRole.recognise(cell) == Self.referenceRole(cell), "\(cell)")
        }
    }

    /// The hyphen seam is found from the last byte first; the `Character` rule decides as before.
    @Test func wrappedTextHyphenSeamAgreesWithCharacters() {
        func reference(_ head: String, _ tail: String) -> String {
            let a = TextCleaning.collapseWhitespace(head), b = TextCleaning.collapseWhitespace(tail)
            if a.isEmpty { return b }
            if b.isEmpty { return a }
            if a.last == "-", a.dropLast().last?.isLetter == true, b.first?.isLetter == true { return a + b }
            return a + " " + b
        }
        let heads = ["E-", "-", "1-", "é-", "e\u{301}-", "a-\u{301}", "a -", "kata", "", " ", "x\u{600}-", "ab--"]
        let tails = ["Sakip", "sakip", "1", "", "\u{301}x", "é", " Sakip "]
        for head in heads {
            for tail in tails {
                #expect(WrappedText.join(head, tail) == reference(head, tail), "\(head) \(tail)")
                var appended = TextCleaning.collapseWhitespace(head)
                WrappedText.append(tail, to: &appended)
                #expect(appended == reference(head, tail), "\(head) \(tail)")
            }
        }
    }

    @Test func columnIndexRows() {
        #expect(StructuralLine.isColumnIndexRow(["1", "2", "3", "4"]))
        #expect(StructuralLine.isColumnIndexRow(["", "1", "2", " ", "3", "4", ""]))
        #expect(StructuralLine.isColumnIndexRow(["<b>1</b>", "2", "3", "4", "5"]))
        #expect(!StructuralLine.isColumnIndexRow(["1", "2", "4", "5"]))
        #expect(!StructuralLine.isColumnIndexRow(["1", "2", "3"]))
        #expect(!StructuralLine.isColumnIndexRow(["1", "x", "2", "3", "4"]))
        #expect(!StructuralLine.isColumnIndexRow(["1", "Menerima surat", "", "", "5 Menit"]))
        #expect(!StructuralLine.isColumnIndexRow([]))
    }
}
