import Testing
import SOPModel
@testable import SOPReader

/// Tables numbered past 9999, and the byte-level helpers of the table reader agreeing with the
/// character-level reading on text that is not plain ASCII.
@Suite struct LongTableTests {
    static let header = "No.\tKegiatan\tPelaksana\t\tMutu Baku\t\t\tKeterangan\n\t\tKabag Umum\tStaf\tKelengkapan\tWaktu\tOutput\t\n"

    static func read(_ text: String) -> ProcedureReading {
        let source = SourceText(text)
        return ProcedureReader.read(ProcedureReader.locate(in: source), in: source, definitions: [])
    }

    static func row(_ number: String, _ activity: String) -> String {
        "\(number)\t\(activity)\t\tv\tSurat\t5 Menit\tAgenda\t\n"
    }

    // MARK: - Step numbers past 9999

    @Test func tabbedTableRunsPastTenThousand() {
        let numbers = Array(9_997...10_004)
        let text = Self.header + numbers.map { Self.row("\($0)", "Memeriksa berkas \($0)") }.joined()
        let reading = Self.read(text)
        let steps = reading.procedures.first?.steps ?? []
        #expect(steps.map(\.number) == numbers)
        #expect(steps.map(\.activity) == numbers.map { "Memeriksa berkas \($0)" })
        #expect(!reading.diagnostics.contains { $0.code == "step-unnumbered" || $0.code == "table-cell-unplaced" })
        #expect(reading.diagnostics.filter { $0.code == "step-number-gap" }.map(\.line) == [3])  // the table opens at 9997
    }

    @Test func longNumbersKeepTheirPunctuation() {
        let text = Self.header + Self.row("9999.", "Satu") + Self.row("10000.", "Dua") + Self.row("10001)", "Tiga")
        #expect(Self.read(text).procedures.first?.steps.map(\.number) == [9_999, 10_000, 10_001])
    }

    @Test func markdownTableRunsPastTenThousand() {
        let header = "| No | Kegiatan | Staf | Kelengkapan | Waktu | Output |\n|---|---|---|---|---|---|\n"
        let rows = (9_998...10_002).map { "| \($0) | Mencatat surat \($0) | v | Surat | 5 Menit | Agenda |\n" }.joined()
        #expect(Self.read(header + rows).procedures.first?.steps.map(\.number) == Array(9_998...10_002))
    }

    @Test func alignedTableRunsPastTenThousand() {
        let header = "No     Kegiatan              Staf    Kelengkapan    Waktu      Output\n"
        let rows = (9_998...10_001).map { number in
            let label = "\(number)"
            return label + String(repeating: " ", count: 7 - label.count) + "Mencatat surat        v       Surat          5 Menit    Agenda\n"
        }.joined()
        #expect(Self.read(header + rows).procedures.first?.steps.map(\.number) == Array(9_998...10_001))
    }

    static let alignedHeader = "No     Kegiatan              Staf    Kelengkapan    Waktu      Output\n"

    static func alignedRow(_ number: Int) -> String {
        let label = "\(number)"
        return label + String(repeating: " ", count: 7 - label.count) + "Mencatat surat        v       Surat          5 Menit    Agenda\n"
    }

    @Test func alignedTableWithBlankLinesRunsPastTenThousand() {
        // After a blank line an aligned table goes on only with a numbered row: 10000 is one after 9999.
        let rows = (9_998...10_001).map { Self.alignedRow($0) }.joined(separator: "\n")
        let reading = Self.read(Self.alignedHeader + rows)
        #expect(reading.procedures.first?.steps.map(\.number) == Array(9_998...10_001))
        #expect(reading.procedures.first?.steps.allSatisfy { $0.activity == "Mencatat surat" } == true)
    }

    @Test func alignedTablePagesRunPastTenThousand() {
        // Each repeated header opens a page; the header block of a page ends at its first numbered row.
        let text = Self.alignedHeader + Self.alignedRow(9_999) + "\n" + Self.alignedHeader + Self.alignedRow(10_000)
            + Self.alignedRow(10_001) + "\n" + Self.alignedHeader + Self.alignedRow(10_002)
        let steps = Self.read(text).procedures.first?.steps ?? []
        #expect(steps.map(\.number) == Array(9_999...10_002))
        #expect(steps.allSatisfy { $0.activity == "Mencatat surat" })
    }

    /// `prefix`, then "x"s, then `suffix`: a line of exactly `bytes` bytes.
    static func padded(_ prefix: String, _ suffix: String, to bytes: Int) -> String {
        let line = prefix + String(repeating: "x", count: bytes - prefix.utf8.count - suffix.utf8.count) + suffix
        precondition(line.utf8.count == bytes)
        return line
    }

    @Test func aRunawayFlattenedTableLineIsLeftOutWithAWarning() {
        let header = "Pelaksana Mutu Baku\nKegiatan Kete rangan\nKabag Sekreta | Staf Kelengkapan Waktu Output\nris\n\n"
        let rows = (1...3).map { "\($0). Menerima surat Surat masuk 5 Menit Agenda\n" }
        let words = String(repeating: "kata ", count: FlattenedRowSegmenter.longestLine / 5 - 1)
        let longest = Self.padded(words, "", to: FlattenedRowSegmenter.longestLine)
        let runaway = Self.padded(words, "", to: FlattenedRowSegmenter.longestLine + 1)
        let plain = Self.read(header + rows.joined())
        let damaged = Self.read(header + rows[0] + runaway + "\n" + rows[1] + rows[2])
        let fields = { (reading: ProcedureReading) in
            (reading.procedures.first?.steps ?? []).map { "\($0.number) \($0.activity) \($0.inputs) \($0.duration?.text ?? "") \($0.outputs)" }
        }
        #expect(fields(damaged) == fields(plain))
        #expect(fields(plain).count == 3)
        let warnings = damaged.diagnostics.filter { $0.code == "table-line-too-long" }
        #expect(warnings.map(\.line) == [7])
        // A line of exactly the limit is still read into its row.
        let atLimit = Self.read(header + rows[0] + longest + "\n" + rows[1] + rows[2])
        let first = atLimit.procedures.first?.steps.first
        let read = [first?.activity ?? ""] + (first?.inputs ?? []) + (first?.outputs ?? []) + [first?.notes ?? ""]
        #expect(read.joined().utf8.count > FlattenedRowSegmenter.longestLine / 2)
        #expect(atLimit.procedures.first?.steps.count == 3)
        #expect(atLimit.diagnostics.allSatisfy { $0.code != "table-line-too-long" })
    }

    @Test func aRunawayTabbedTableLineIsLeftOutWithAWarning() {
        let rows = [1, 3, 4].map { Self.row("\($0)", "Memeriksa berkas \($0)") }
        let words = "2\t" + String(repeating: "kata ", count: FlattenedRowSegmenter.longestLine / 5 - 10)
        let cells = "\t\tv\tSurat\t5 Menit\tAgenda\t"
        let longest = Self.padded(words, cells, to: FlattenedRowSegmenter.longestLine)
        let runaway = Self.padded(words, cells, to: FlattenedRowSegmenter.longestLine + 1)
        let plain = Self.read(Self.header + rows.joined())
        let damaged = Self.read(Self.header + rows[0] + runaway + "\n" + rows[1] + rows[2])
        let fields = { (reading: ProcedureReading) in
            (reading.procedures.first?.steps ?? []).map { "\($0.number) \($0.activity) \($0.inputs) \($0.duration?.text ?? "") \($0.outputs)" }
        }
        #expect(fields(damaged) == fields(plain))
        #expect(fields(plain).count == 3)
        #expect(damaged.diagnostics.filter { $0.code == "table-line-too-long" }.map(\.line) == [4])
        // A line of exactly the limit is still read into its row.
        let atLimit = Self.read(Self.header + rows[0] + longest + "\n" + rows[1] + rows[2])
        #expect(atLimit.procedures.first?.steps.map(\.number) == [1, 2, 3, 4])
        #expect((atLimit.procedures.first?.steps[safe: 1]?.activity.utf8.count ?? 0) > FlattenedRowSegmenter.longestLine / 2)
        #expect(atLimit.diagnostics.allSatisfy { $0.code != "table-line-too-long" })
    }

    @Test func flattenedTableRunsPastTenThousand() {
        let header = "Pelaksana Mutu Baku\nKegiatan Kete rangan\nKabag Sekreta | Staf Kelengkapan Waktu Output\nris\n\n"
        let rows = (9_999...10_001).map { "\($0). Menerima surat Surat masuk 5 Menit Agenda\n" }.joined()
        let steps = Self.read(header + rows).procedures.first?.steps ?? []
        #expect(steps.map(\.number) == Array(9_999...10_001))
        #expect(steps.map(\.activity) == ["Menerima surat", "Menerima surat", "Menerima surat"])
        // A five-digit number that does not follow the last step opens no row.
        let far = Self.read(header + "9999. Menerima surat Surat masuk 5 Menit Agenda\n19870. Menerima surat Surat masuk 5 Menit Agenda\n")
        #expect(far.procedures.first?.steps.map(\.number) == [9_999])
        #expect(FlattenedRowSegmenter.stepOpening(["10000.", "Menerima"], after: 9_999)?.number == 10_000)
        #expect(FlattenedRowSegmenter.stepOpening(["10000.", "Menerima"], after: nil) == nil)
    }

    @Test func longNumbersThatDoNotContinueTheTableAreText() {
        // A year-like number far from the last step, a NIP, and a five-digit number opening a table.
        #expect(StepNumber.parse("19870", after: 3) == nil)
        #expect(StepNumber.parse("198701012010011001", after: 3) == nil)
        #expect(StepNumber.parse("10000") == nil)
        #expect(StepNumber.parse("10000", after: nil) == nil)
        #expect(StepNumber.parse("10000", after: 10_000) == nil)
        #expect(StepNumber.parse("10000", after: 9_999) == 10_000)
        #expect(StepNumber.parse("10011", after: 10_000) == nil)
        #expect(StepNumber.parse("10010", after: 10_000) == 10_010)
        #expect(StepNumber.parse("1234567890123456789", after: 1_234_567_890_123_456_788) == nil)  // 19 digits
        let text = Self.header + Self.row("3", "Menerima surat") + "19870\tdari arsip lama\n"
        let steps = Self.read(text).procedures.first?.steps ?? []
        #expect(steps.count == 2 && !steps.contains { $0.number == 19_870 })
    }

    // MARK: - Short step numbers, read from bytes

    @Test func shortStepNumbersAsBefore() {
        let cases: [(String, Int?)] = [
            ("7", 7), ("7.", 7), ("07)", 7), (" 12 ", 12), ("7.).", 7), ("**3**", 3), ("3\u{A0}", 3), ("\u{A0}4", 4),
            ("9999", 9_999), ("0000", 0), ("1 2", nil), ("7.5", nil), ("7 .", nil), (".7", nil), ("", nil), ("  ", nil),
            ("a1", nil), ("1a", nil), ("٣", nil), ("3\u{301}", nil), ("\u{2009}3", nil), ("3\r\n", 3),
        ]
        for (text, expected) in cases {
            #expect(StepNumber.parse(text) == expected, "\(text.debugDescription)")
        }
    }

    // MARK: - Byte paths agree with character paths

    @Test func alignedRunsAgreeOnNonASCIIText() {
        let ascii = TableLayoutDetector.alignedRuns("Kepala  Dinas\tStaf e   Akhir ")
        let accented = TableLayoutDetector.alignedRuns("Kepala  Dinas\tStaf é   Akhir ")
        #expect(ascii.map(\.column) == [1, 9, 16, 25])
        #expect(accented.map(\.column) == ascii.map(\.column))
        #expect(accented.map(\.text) == ["Kepala", "Dinas", "Staf é", "Akhir"])
        #expect(TableLayoutDetector.alignedRuns("").isEmpty && TableLayoutDetector.alignedRuns("   ").isEmpty)
        #expect(TableLayoutDetector.alignedRuns("\u{A0}\u{A0}x").map(\.text) == ["\u{A0}\u{A0}x"])
    }

    @Test func markdownCellsAgreeOnNonASCIIText() {
        let line = { (text: String) in SourceLine(number: 1, text: text) }
        let ascii = TableLayoutDetector.cells(of: line("  | 1 | Menerima \\| surat e | Ya |  "), layout: .markdown)
        let accented = TableLayoutDetector.cells(of: line("  | 1 | Menerima \\| surat é | Ya |  "), layout: .markdown)
        #expect(ascii.map(\.text) == [" 1 ", " Menerima | surat e ", " Ya "])
        #expect(accented.map(\.text) == [" 1 ", " Menerima | surat é ", " Ya "])
        #expect(accented.map(\.column) == ascii.map(\.column))
        #expect(TableLayoutDetector.cells(of: line("| a \\|"), layout: .markdown).map(\.text) == [" a |"])
        #expect(TableLayoutDetector.cells(of: line("|"), layout: .markdown).map(\.text) == [""])
    }

    @Test func headerLabelsAsBefore() {
        #expect(ColumnRole.recognise("Kete rangan") == .notes)
        #expect(ColumnRole.recognise("KETERANGAN") == .notes)
        #expect(ColumnRole.recognise("Keteranagn") == .notes)  // a transposition
        #expect(ColumnRole.recognise("Ket.") == .notes)
        #expect(ColumnRole.recognise("Mula Mula") == .quality)
        #expect(ColumnRole.recognise("**Waktu**") == .duration)
        #expect(ColumnRole.recognise("Kegiatan\u{A0}") == .activity)
        #expect(ColumnRole.recognise("<b>Pelaksana</b>") == .actors)
        #expect(ColumnRole.recognise("Xelaksana") == .actors)  // first letter wrong, last kept
        #expect(ColumnRole.recognise("Pelaksanx") == .actors)  // last letter wrong, first kept
        #expect(ColumnRole.recognise("Kabag Umum") == nil)
        #expect(ColumnRole.recognise("") == nil)
        #expect(ColumnRole.recognise(String(repeating: "a", count: 64)) == nil)
        #expect(ColumnRole.recognise(String(repeating: "Waktu ", count: 20)) == nil)
    }

    @Test func officeWordsAsBefore() {
        #expect(ActorNameSplitter.isOfficeWord("Sekretaris"))
        #expect(ActorNameSplitter.isOfficeWord("KASUBBAG,"))
        #expect(ActorNameSplitter.isOfficeWord("Sekreta"))  // an OCR cut of five letters or more
        #expect(!ActorNameSplitter.isOfficeWord("Seka"))
        #expect(!ActorNameSplitter.isOfficeWord("Umum"))
        #expect(!ActorNameSplitter.isOfficeWord("123"))
        #expect(!ActorNameSplitter.isOfficeWord(""))
        #expect(!ActorNameSplitter.isOfficeWord("Sekretaré"))
    }

    @Test func actorWordsMatchWithinOneEditAsBefore() {
        #expect(ActorMatcher.same("puast", "pusat"))
        #expect(ActorMatcher.same("kasubag", "kasubbag"))
        #expect(ActorMatcher.same("xekretaris", "sekretaris"))
        #expect(!ActorMatcher.same("xekretarix", "sekretaris"))
        #expect(!ActorMatcher.same("staf", "stafff"))
        #expect(!ActorMatcher.same("tim", "tin"))
        #expect(ActorMatcher.same("pusàt", "pusat"))
        #expect(!ActorMatcher.same("été", "ete"))
    }

    @Test func durationsAsBefore() {
        let ranged = DurationParser.parse("2 – 3 hari")
        #expect(ranged.duration?.min == 2 && ranged.duration?.max == 3 && ranged.duration?.unit == .day)
        #expect(DurationParser.parse("2 s/d 3 Jam").duration?.max == 3)
        #expect(DurationParser.parse("1,5 Jam").duration?.min == 1.5)
        #expect(DurationParser.parse("5Jam").duration?.unit == .hour)
        #expect(DurationParser.parse("3 Hari Kerja").duration?.workingDays == true)
        #expect(DurationParser.parse("60 Menit per OPD").duration?.per == "OPD")
        #expect(DurationParser.parse("5 menit\u{A0}per berkas").duration?.per == "berkas")
        #expect(DurationParser.parse("10 Menit per Dokumèn").duration?.per == "Dokumèn")
        #expect(DurationParser.parse("2 Hari.").duration?.min == 2)
        #expect(DurationParser.parse("15 Ménit").understood == false)
        #expect(DurationParser.parse("Segera").understood == false)
        #expect(DurationParser.parse("-").understood && DurationParser.parse("-").duration == nil)
        #expect(DurationParser.parse(String(repeating: "9", count: 400) + " menit").understood == false)
        #expect(DurationParser.looksLikeDuration("30 menit") && !DurationParser.looksLikeDuration("30"))
    }

    @Test func lineBreakTagsSeparateItems() {
        #expect(RowAssembler.items("Surat<br>Agenda<br/>Arsip<br />Memo<BR>Nota") == ["Surat", "Agenda", "Arsip", "Memo", "Nota"])
        #expect(RowAssembler.items("Surat <b>masuk</b>") == ["Surat masuk"])
        #expect(RowAssembler.items("<") == ["<"])
    }
}
