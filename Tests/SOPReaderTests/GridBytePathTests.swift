import Testing
import SOPModel
@testable import SOPReader

/// The byte paths of the grid reader (session 5) read as the `Character` paths and the old compositions
/// do: Waktu cells scanned from their bytes, marks keyed from a fixed buffer, list items cut from the
/// uncleaned bytes, aligned runs walked without copying the line.
@Suite struct GridBytePathTests {
    /// Cells whose ASCII reading is compared with the reading of the same cell sent the character way
    /// (a trailing non-ASCII word, which no rule reads).
    private static let waktuCells = [
        "30 Menit", "2-3 hari", "5Jam", "2 Hari Kerja", "2 harikerja", "60 Menit per OPD", "1 hari per  berkas;",
        "2 s/d 3 HARI", "2 S.D. 3 bulan", "1,5 jam", "3 minggu kerja", "10 mnt PER", "7 thn per tahun ,", "-", ";-;",
        "", "   ", "Surat", "30 lembar", "2 - x hari", "45", "1.000.000 menit", "3 weeks", "4 Days kerja", "1 hari kerjaan",
        String(repeating: "9", count: 400) + " menit",
    ]

    @Test func waktuBytesReadAsCharacters() {
        // A blank cell (or one of `-` and `;`) stops being blank with a word added: those are read alone.
        for cell in Self.waktuCells where !cell.allSatisfy({ $0 == "-" || $0 == ";" || $0 == " " }) {
            let bytes = DurationParser.parse(cell)
            let characters = DurationParser.parse(cell + " é")
            #expect(bytes.understood == characters.understood, "\(cell)")
            #expect(bytes.duration?.min == characters.duration?.min && bytes.duration?.max == characters.duration?.max, "\(cell)")
            #expect(bytes.duration?.unit == characters.duration?.unit, "\(cell)")
            #expect(bytes.duration?.workingDays == characters.duration?.workingDays, "\(cell)")
            #expect(DurationParser.looksLikeDuration(cell) == DurationParser.looksLikeDuration(cell + " é"), "\(cell)")
        }
        for blank in ["-", ";-;", "", "   ", " --; "] {
            #expect(DurationParser.parse(blank) == DurationParser.Result(duration: nil, understood: true), "\(blank)")
        }
        #expect(DurationParser.parse("; -").understood == false)  // a space is no dash: text, not read
        #expect(DurationParser.parse("2 harikerja").duration?.workingDays == true)
        #expect(DurationParser.parse("2 hari Kerja").duration?.workingDays == true)
        #expect(DurationParser.parse("60 Menit per OPD;").duration?.per == "OPD")
        #expect(DurationParser.parse("60 Menit per").duration?.per == nil)
        #expect(DurationParser.parse("60 Menit PER  Berkas ,").duration?.per == "Berkas")
        #expect(DurationParser.parse("60 Menit per é").duration?.per == "é")
    }

    @Test func opensWithDurationIsAnUnderstoodNonNilReading() {
        for cell in Self.waktuCells + ["<b>30</b> menit", "**2** hari", "\u{00A0}3 jam", "3\u{0301} jam", "3 ja\u{0301}m"] {
            let reading = DurationParser.parse(cell)
            #expect(DurationParser.opensWithDuration(TextCleaning.clean(cell)) == (reading.understood && reading.duration != nil),
                    "\(cell)")
        }
    }

    @Test func marksFromBytesAsFromCharacters() {
        let cells = ["Ya", " y ", "T", "Tidak Lengkap", "tidak  valid", "OK", "√", "v", "→", "\\Diamond", "diamond", "<>",
                     "\\\\\\\\\\\\\\\\\\\\diamond", "\\rightarrow", "\\averyverylongname", "ab", "abc", "abcd", "a1", "xyz",
                     "Lengkap", "tidaksetujuu", "", "  ", "-", "1"]
        for cell in cells {
            // A trailing combining mark keeps the key's letters but sends the cell the character way.
            #expect(CellMark.read(cell) == oldRead(cell), "\(cell)")
        }
        #expect(CellMark.read("\\\\\\\\\\\\\\\\\\\\diamond") == .glyph(decision: true))
        #expect(CellMark.read("T i d a k") == .no)
        #expect(CellMark.read("abcd") == nil)
    }

    /// The mark reading before session 5, by strings and sets.
    private func oldRead(_ raw: String) -> CellMark? {
        let text = TextCleaning.clean(raw)
        guard !text.isEmpty else { return nil }
        let key = String(text.lowercased().filter { !$0.isWhitespace })
        let letterCount = key.filter { $0.isASCII && $0.isLetter }.count
        let bare = key.replacingOccurrences(of: "\\", with: "")
        let yes: Set<String> = ["ya", "y", "lengkap", "benar", "sesuai", "setuju", "ok", "valid"]
        let no: Set<String> = ["tidak", "t", "tdk", "salah", "tidaklengkap", "tidaksesuai", "tidaksetuju", "tidakvalid", "no"]
        if yes.contains(key) { return .yes }
        if no.contains(key) { return .no }
        if ["diamond", "◇", "◆", "◊", "<>", "⬦", "⋄"].contains(bare) { return .glyph(decision: true) }
        guard key.count <= 3 || (key.hasPrefix("\\") && key.count <= 12) else { return nil }
        if letterCount > 1 && !key.hasPrefix("\\") { return nil }
        return .glyph(decision: false)
    }

    @Test func itemsFromUncleanedBytesAsFromCleanedText() {
        let cells = ["Surat;  Disposisi  ,; Nota .", "  1. Surat 2. Nota", "a; 1. b 2. c", "a;1. b 2. c", "a;1) b", "1", "1;", " - ",
                     "-", "--", "", "   ", " ; ;, .", "Surat  Masuk", "a;;b;", "x , ;  y", "1.", "Nota 1. Dinas", "a\tb; c",
                     "<br>a", "a<br>b", "**a**; b", "a_b; c", "é; a", "a\u{00A0} b; c", "a\r; b", ";a", "a;", ";", "11. a;1)b",
                     "x ;  ; y;1", String(repeating: "kata ;", count: 50)]
        for cell in cells {
            let old: [String] = {
                let cleaned = TextCleaning.clean(cell.contains("<") ? RowAssembler.lineBreaksAsSemicolons(cell) : cell)
                return cleaned.isEmpty || cleaned == "-" ? [] : ListItems.split(cleaned)
            }()
            #expect(RowAssembler.items(cell) == old, "\(cell)")
        }
        var plain = "Surat;  Disposisi"
        #expect(plain.withUTF8(ListItems.split(plainUncleaned:)) == ["Surat", "Disposisi"])
        var numbered = " 1. Surat 2. Nota"
        #expect(numbered.withUTF8(ListItems.split(plainUncleaned:)) == nil)
        var tabbed = "a\tb"
        #expect(tabbed.withUTF8(ListItems.split(plainUncleaned:)) == nil)
    }

    @Test func alignedRunsFromBytesAsFromPositions() {
        let lines = ["No   Kegiatan   Pelaksana", "  1  Menerima surat  Kabag", "\t1\tMenerima  x", "a b  c ", "a \tb",
                     " ", "", "x", "   Waktu  Output", "No\t\tKegiatan Pelaksana  Waktu", "a  \t  b   "]
        for line in lines {
            var text = line
            var runs: [Cell] = []
            text.withUTF8 { bytes in
                TableLayoutDetector.forEachAlignedRun(inASCII: bytes) { range, column in
                    runs.append(Cell(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self), column: column))
                    return true
                }
            }
            #expect(runs == TableLayoutDetector.alignedRuns(line), "\(line)")
        }
    }

    @Test func alignedHeaderLinesFromBytesAsFromCells() {
        let lines = ["No   Kegiatan   Pelaksana", "No   Kegiatan   Kegiatan", "No  Uraian Kegiatan  Waktu  Output",
                     "\tNo  Kegiatan  Waktu", "No Kegiatan Waktu", "  No  Kete rangan  Mutu Baku", "No  Kegiatan  Waktu é"]
        for (index, text) in lines.enumerated() {
            let line = SourceLine(number: index + 1, text: text)
            let layout = HeaderLine.layout(of: line)
            let cells = TableLayoutDetector.cells(of: line, layout: TableLayoutDetector.layout(of: line)).map(\.text)
            #expect((layout != nil) == HeaderLine.isHeader(cells), "\(text)")
        }
    }

    @Test func headerCellsRecognised() {
        let cells = ["No", "NO.", "Kegiatan", "Kegiatn", "Uraian Kegiatan", "Pelaksana", "Mutu Baku", "Kelengkapan", "Waktu",
                     "Output", "Keterangan", "Kete rangan", "Ket.", "Mula Mula", "Surat Masuk", "30 Menit", "√", "1", "",
                     "Kegiatan é", "<b>Waktu</b>", "Jangka  Waktu", String(repeating: "a", count: 30), "Persyaratan / Kelengkapan"]
        let expected: [ColumnRole?] = [.number, .number, .activity, .activity, .activity, .actors, .quality, .inputs, .duration,
                                       .output, .notes, .notes, .notes, .quality, nil, nil, nil, nil, nil,
                                       .activity, .duration, .duration, nil, .inputs]
        for (cell, role) in zip(cells, expected) {
            #expect(ColumnRole.recognise(cell) == role, "\(cell)")
        }
        #expect(ColumnRole.roleOfPlainASCII(["Uraian", "Kegiatan"]) == .some(.activity))
        #expect(ColumnRole.roleOfPlainASCII(["Surat", "Masuk"]) == .some(nil))
        #expect(ColumnRole.roleOfPlainASCII(["Waktu", "é"]) == nil)
        #expect(ColumnRole.roleOfPlainASCII([String(repeating: "ab", count: 40)]) == nil)
        #expect(ColumnRole.roleOfPlainASCII([String]()) == .some(nil))
    }
}
