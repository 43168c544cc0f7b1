import Foundation
import SOPModel
@testable import SOPWriters
import Testing

/// The flowchart drawing's shortcuts agree with the plain forms: a band title fitted once per width,
/// lines wrapped into one shared buffer, coordinates written digit by digit.
@Suite struct DrawingFastPathTests {
    static let titles: [String] = [
        "", "   ", "PENGUMPULAN DATA KINERJA PADA APLIKASI E-SAKIP",
        String(repeating: "PENYUSUNAN LAPORAN KINERJA INSTANSI PEMERINTAH ", count: 4),
        "Surat \"keputusan\" <SK> & lampiran — é ñ", "nbsp\u{00A0}di  tengah\tdan\nbaris", "e\u{0301} \u{0301}x",
        String(repeating: "x", count: 400), "emoji 👩‍👩‍👧 family 🇮🇩",
    ]

    @Test("a band title fitted once per width equals the title fitted each time", arguments: titles)
    func bandTitleMatchesSingleLine(title: String) {
        let band = BandTitle(title)
        for width in stride(from: -10.0, through: 1200, by: 37.5) + [800.5, 1000.25, 0] {
            let expected = TextWrapper.singleLine(title, width: width, fontSize: 12, bold: true)
            #expect(band.line(width: width) == expected, "\(width)")
            #expect(band.line(width: width) == expected, "\(width), again")
        }
    }

    @Test("texts wrapped one after another into one buffer give each text's own lines", arguments: [60.0, 120, 300, 5])
    func sharedLinesMatchSeparateLines(width: Double) {
        let texts = RenderFastPathTests.awkwardTexts + Self.titles
        var shared = WrappedLines()
        var ranges: [Range<Int>] = []
        for text in texts {
            let first = shared.count
            TextWrapper.wrap(text, into: &shared, width: width, fontSize: 9)
            ranges.append(first..<shared.count)
        }
        let sharedLines = shared.strings
        for (text, range) in zip(texts, ranges) {
            #expect(Array(sharedLines[range]) == TextWrapper.lines(text, width: width, fontSize: 9), "\(text.prefix(20))")
        }
    }

    @Test("words are joined by one space whatever whitespace stood between them in the text")
    func wrappedLinesNormalizeWhitespace() {
        #expect(TextWrapper.lines("a  b\tc \n d", width: 500, fontSize: 9) == ["a b c d"])
        #expect(TextWrapper.lines(" satu dua  tiga ", width: 500, fontSize: 9) == ["satu dua tiga"])
        #expect(TextWrapper.lines("satu dua tiga empat", width: 30, fontSize: 9) == ["satu", "dua", "tiga", "empat"])
    }

    @Test("coordinates in every digit range are formatted as %.1f without .0 and -0")
    func tenthsInEveryDigitRange() {
        func reference(_ value: Double) -> String {
            let text = String(format: "%.1f", value)
            let trimmed = text.hasSuffix(".0") ? String(text.dropLast(2)) : text
            return trimmed == "-0" ? "0" : trimmed
        }
        var values: [Double] = [9.94, 9.96, 99.94, 99.96, 999.94, 999.96, 9999.94, 9999.96, 10_000, 123_456.7, 9_999_999.9]
        for tenths in stride(from: -120_000, through: 120_000, by: 7) { values.append(Double(tenths) / 10) }
        for value in values + values.map({ -$0 }) {
            var bytes = ByteBuffer()
            SVGCanvas.appendNumber(value, to: &bytes)
            #expect(String(decoding: bytes.finish(), as: UTF8.self) == reference(value), "\(value)")
        }
    }

    @Test("titles compared ignoring case as caseInsensitiveCompare compares them")
    func titlesEqualIgnoringCase() {
        let titles = ["", "a", "A", "Penyusunan LAKIP", "PENYUSUNAN lakip", "penyusunan lakip ", "Penyusunan  LAKIP", "[x]", "{X}",
                      "@`", "`@", "Z[", "z{", "tab\tX", "tab\tx", "é", "É", "straße", "STRASSE", "ﬁ", "FI", "e\u{0301}", "\u{00E9}",
                      "İ", "i", "ı", "I", "\u{0}", "a\u{0}", "A\u{0}"]
        for a in titles {
            for b in titles {
                #expect(FlowchartDrawing.equalIgnoringCase(a, b) == (a.caseInsensitiveCompare(b) == .orderedSame), "\(a) \(b)")
            }
        }
    }

    @Test("wrapped lines copied into SVG unescaped only when no wrapped text had a byte to escape or drop",
          arguments: RenderFastPathTests.awkwardTexts + ["a & b", "<x>", "\"q\"", "'a'", "bell\u{07}x", "x\u{FFFE}y", "ok ﬁ \u{EFFF}"])
    func plainLinesDrawAsEscapedLines(text: String) {
        for width in [5.0, 60, 500] {
            var lines = WrappedLines()
            TextWrapper.wrap("bersih", into: &lines, width: width, fontSize: 9)
            #expect(lines.isXMLPlain)
            TextWrapper.wrap(text, into: &lines, width: width, fontSize: 9)
            // A text's wrapped lines hold only its own bytes: the flag follows the text.
            #expect(lines.isXMLPlain == XMLText.isPlain(text), "\(text.prefix(20))")
            var drawn = SVGCanvas()
            drawn.lines(lines, x: 10, top: 20)
            var expected = ByteBuffer()
            for (index, line) in lines.strings.enumerated() where !line.isEmpty {
                expected.append(contentsOf: "\n<text x=\"10\" y=\"\(29 + 11 * index)\" font-size=\"9\">")
                XMLText.append(line, to: &expected)
                expected.append(contentsOf: "</text>")
            }
            let drawnText = String(decoding: drawn.finish().withBytes { Array($0) }, as: UTF8.self)
            let expectedText = String(decoding: expected.finish(), as: UTF8.self)
            #expect(drawnText == expectedText, "\(width) \(text.prefix(20))")
        }
    }
}
