import Foundation
import SOPModel
@testable import SOPWriters
import Testing

/// The writers' fast text helpers agree with the slower, obviously right forms they replaced:
/// Character splitting, `%.1f` formatting and scalar-by-scalar XML escaping.
@Suite struct RenderFastPathTests {
    static let awkwardTexts: [String] = [
        "", " ", "   ", "kata", " dua  kata ", "a\tb\nc\r\nd\u{0B}e\u{0C}f",
        "– Surat permohonan", "– ", "a –b", "Memeriksa \"draf\" <SK> & lampiran | path C:\\arsip — é ñ",
        "nbsp\u{00A0}di tengah", "narrow\u{202F}nbsp", "ideographic\u{3000}space", "next\u{0085}line",
        "line\u{2028}separator", "em\u{2003}space", "combining \u{0301}after space", "e\u{0301} accent",
        "zwj \u{200D}x", "arabic \u{0600} prepend", "prepend\u{0600} space", "prepend\u{0D4E} space",
        "emoji 👩‍👩‍👧 family", "flag 🇮🇩 id", "\u{110BD} kaithi", "ﬁ ligature", "tab\t\tend\t",
        "Hangul 한국어 text", "kata — kata → é ŏ", "x \u{FF9E}y", "x \u{FE0F}y", "a \u{20DD}", "x \u{0E33}", "devanagari क्षि x", "\r\n", " \u{0301}", "\u{0301} ", String(repeating: "panjang ", count: 500),
    ]

    @Test("the word split equals splitting at whitespace Characters", arguments: awkwardTexts)
    func wordsMatchCharacterSplit(text: String) {
        var contiguous = text
        let words = contiguous.withUTF8 { bytes in
            var words: [String] = []
            var splitter = WordSplitter(utf8: bytes, of: text)
            while let range = splitter.next() { words.append(String(decoding: bytes[range], as: UTF8.self)) }
            return words
        }
        #expect(words == text.split(whereSeparator: \.isWhitespace).map(String.init))
    }

    @Test("the ASCII byte split is taken for plain text and en-dash items")
    func fastSplitCoversCommonText() {
        func splitsAtBytes(_ text: String) -> Bool {
            var contiguous = text
            return contiguous.withUTF8 { WordSplitter.splitsAtASCIIBytes($0, text) }
        }
        #expect(splitsAtBytes("Surat permohonan dan lampiran"))
        #expect(splitsAtBytes("– Surat permohonan"))
        #expect(splitsAtBytes("kata — kata → é"))
        #expect(!splitsAtBytes("nbsp\u{00A0}x"))
        #expect(!splitsAtBytes("a \u{0301}b"))
        #expect(!splitsAtBytes("a\u{0600} b"))
    }

    @Test("text width by ASCII table equals the scalar-by-scalar sum")
    func asciiWidthTable() {
        let text = String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) })
        var ems = 0.0
        for scalar in text.unicodeScalars { ems += TextMeasure.advance(scalar) }
        #expect(TextMeasure.width(of: text, fontSize: 9) == ems * 9 * 1.03)
        #expect(TextMeasure.width(of: text + "é", fontSize: 9, bold: true) == (ems + 0.8) * 9 * 1.12 * 1.03)
    }

    @Test("numbers are formatted as %.1f without .0 and -0, ties and huge values included")
    func numbersMatchPrintf() {
        func reference(_ value: Double) -> String {
            guard value.isFinite else { return "0" }
            let text = String(format: "%.1f", value)
            let trimmed = text.hasSuffix(".0") ? String(text.dropLast(2)) : text
            return trimmed == "-0" ? "0" : trimmed
        }
        var values: [Double] = [0, -0.0, 0.05, -0.05, 0.15, 0.25, 0.35, 1.45, 2.675, -2.675, 0.04999, -0.04, 1e7 + 0.05,
                                123456789.25, 1e15, -1e20, 1e300, .nan, .infinity, -.infinity, .ulpOfOne, 1122.95, 561.5]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            values.append(Double.random(in: -2000...2000, using: &generator))
            values.append(Double(Int.random(in: -20_000...20_000, using: &generator)) / 20)
            values.append(Double(Int.random(in: -20_000...20_000, using: &generator)) * 0.05)
        }
        for value in values {
            var bytes = ByteBuffer()
            SVGCanvas.appendNumber(value, to: &bytes)
            #expect(String(decoding: bytes.finish(), as: UTF8.self) == reference(value), "\(value)")
        }
    }

    @Test("XML escaping copies clean text and escapes the rest as before")
    func xmlEscaping() {
        func escape(_ text: String) -> String {
            var bytes = ByteBuffer()
            XMLText.append(text, to: &bytes)
            return String(decoding: bytes.finish(), as: UTF8.self)
        }
        #expect(escape("Surat – permohonan é") == "Surat – permohonan é")
        #expect(escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        #expect(escape("tab\tnl\ncr\r bell\u{07} nul\u{00}") == "tab\tnl\ncr\r bell nul")
        #expect(escape("x\u{FFFE}y\u{FFFF}z\u{FFFD}") == "xyz\u{FFFD}")
        #expect(escape("ﬁ\u{EFFF}") == "ﬁ\u{EFFF}")
    }
}
