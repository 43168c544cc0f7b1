@testable import SOPWriters
import Testing

/// Word wrapping by estimated width: lines fit, words are kept whole when they can be, text is never lost
/// unless a line limit cuts it (and then the cut is marked with "…").
@Suite struct TextWrapperTests {
    /// Wrapping many texts into the same lines grows the buffer geometrically, not by exactly what each
    /// text needs (which copied the whole buffer once per text: quadratic for a step with 64 000 inputs).
    @Test func wrappingManyTextsIntoTheSameLinesGrowsTheBufferGeometrically() {
        var lines = WrappedLines()
        var capacities = Set<Int>()
        for number in 1...64_000 {
            TextWrapper.wrap("Berkas permohonan nomor \(number) beserta seluruh lampirannya", into: &lines, width: 120, fontSize: 9)
            capacities.insert(lines.utf8.capacity)
        }
        #expect(lines.count > 64_000)
        #expect(capacities.count < 40, "\(capacities.count) distinct capacities")
    }

    @Test func linesFitTheWidthAndKeepEveryWord() {
        let text = "Sekretaris OPD memeriksa kertas kerja laporan kinerja dan menandatangani hasil verifikasi"
        let lines = TextWrapper.lines(text, width: 120, fontSize: 9)
        #expect(lines.count > 1)
        for line in lines { #expect(TextMeasure.width(of: line, fontSize: 9) <= 120) }
        #expect(lines.joined(separator: " ") == text)
    }

    @Test func aWordWiderThanTheLineIsBroken() {
        let lines = TextWrapper.lines("https://data.purbalinggakab.go.id/aplikasi/kinerja", width: 60, fontSize: 9)
        #expect(lines.count > 1)
        for line in lines { #expect(TextMeasure.width(of: line, fontSize: 9) <= 60) }
        #expect(lines.joined() == "https://data.purbalinggakab.go.id/aplikasi/kinerja")
    }

    @Test func aLineLimitEndsWithAnEllipsis() {
        let lines = TextWrapper.lines(String(repeating: "kata ", count: 60), width: 80, fontSize: 9, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines.last?.hasSuffix("…") == true)
        #expect(TextMeasure.width(of: lines[1], fontSize: 9) <= 80)
    }

    @Test func emptyAndDegenerateInputGiveNoLines() {
        #expect(TextWrapper.lines("", width: 100, fontSize: 9).isEmpty)
        #expect(TextWrapper.lines("   ", width: 100, fontSize: 9).isEmpty)
        #expect(TextWrapper.lines("abc", width: 0, fontSize: 9).isEmpty)
        #expect(TextWrapper.lines("abc", width: 100, fontSize: 9, maxLines: 0).isEmpty)
    }

    /// ASCII text is split and measured in one pass over its bytes; it must wrap exactly as the same
    /// words do when the text also holds a character above ASCII (the `WordSplitter` path): "@@"
    /// against "——", which have the same advance.
    @Test func theASCIIPassWrapsAsTheWordSplitterDoes() {
        #expect(TextMeasure.advance("@") == TextMeasure.advance("\u{2014}"))
        let samples = ["Sekretaris OPD memeriksa kertas kerja laporan kinerja dan menandatangani hasil verifikasi",
                       "  spasi\tganda\r\n dan\u{0B}tab \u{0C} di  mana-mana  ", "satu", "",
                       "https://data.purbalinggakab.go.id/aplikasi/kinerja dan seterusnya",
                       String(repeating: "kata panjang ", count: 40)]
        for text in samples {
            for (width, maxLines) in [(60.0, Int.max), (120, Int.max), (120, 2), (30, 3), (5, 4)] {
                let ascii = TextWrapper.lines(text + " @@", width: width, fontSize: 9, maxLines: maxLines)
                let other = TextWrapper.lines(text + " \u{2014}\u{2014}", width: width, fontSize: 9, maxLines: maxLines)
                #expect(ascii == other.map { String($0.map { $0 == "\u{2014}" ? "@" : $0 }) }, "\(text.prefix(20)) \(width) \(maxLines)")
            }
        }
    }

    /// ASCII words one space apart extend the pending run without `place`; at every width around the
    /// points where lines break, with bold and line limits, the text must wrap exactly as the
    /// word-by-word path does (the "——" twin of the text takes that path).
    @Test func theRunShortcutWrapsAsTheWordByWordPathDoes() {
        let samples = ["Sekretaris OPD memeriksa", "satu", "a b", "Kepala Dinas & <Staf> \"ok\" 'ya'", "x  y", "kata\tkata",
                       String(repeating: "kata panjang ", count: 5) + "akhir", String(repeating: "W", count: 200)]
        for text in samples {
            for step in 1...400 {
                let width = Double(step) * 0.75
                for (bold, maxLines) in [(false, Int.max), (true, 1), (false, 2)] {
                    let ascii = TextWrapper.lines(text + " @@", width: width, fontSize: 9, bold: bold, maxLines: maxLines)
                    let other = TextWrapper.lines(text + " \u{2014}\u{2014}", width: width, fontSize: 9, bold: bold, maxLines: maxLines)
                    #expect(ascii == other.map { String($0.map { $0 == "\u{2014}" ? "@" : $0 }) }, "\(text.prefix(20)) \(width)")
                }
            }
        }
    }

    /// Wrapping into lines that already hold other texts appends the same lines as wrapping alone.
    @Test func wrappingAfterOtherTextsAppendsTheSameLines() {
        var lines = WrappedLines()
        TextWrapper.wrap("baris pertama yang cukup panjang untuk dua baris", into: &lines, width: 80, fontSize: 9)
        let before = lines.count
        TextWrapper.wrap("pendek", into: &lines, width: 80, fontSize: 9)
        #expect(Array(lines.strings.dropFirst(before)) == ["pendek"])
        #expect(TextWrapper.lines("pendek sekali", width: 1000, fontSize: 9) == ["pendek sekali"])
    }

    @Test func connectorLettersContinuePastZ() {
        #expect((0..<3).map(ConnectorLetters.name) == ["A", "B", "C"])
        #expect(ConnectorLetters.name(25) == "Z")
        #expect(ConnectorLetters.name(26) == "AA")
        #expect(ConnectorLetters.name(27) == "AB")
    }

    @Test func paginatorKeepsOrderAndFillsPages() {
        let pages = RowPaginator.pages(heights: Array(repeating: 50, count: 10), capacity: 200, continuationReserve: 30, moreReserve: 30)
        #expect(pages.first == 0..<3)
        #expect(pages.map(\.count).reduce(0, +) == 10)
        #expect(zip(pages, pages.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(RowPaginator.pages(heights: [500], capacity: 200) == [0..<1])
        #expect(RowPaginator.pages(heights: [], capacity: 200).isEmpty)
    }
}
