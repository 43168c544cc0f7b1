import SOPModel

/// Reads a flattened (raw OCR) procedure table, whose columns were lost: the header gives the actor
/// names and whether there is a Keterangan column; the body is cut into rows; each row's lines are split
/// among Kegiatan, Kelengkapan, Waktu, Output and Keterangan around the Waktu anchor. Rows are read twice:
/// the second pass knows the Kelengkapan and Output items of the other rows.
enum FlattenedTableReader {
    /// The table's actors, title and rows read into step fields.
    struct Reading: Sendable {
        var title: String?
        var actors: [String]
        var drafts: [RowAssembler.Draft]
        var headerLine: Int
        var diagnostics: [Diagnostic]
    }

    static func read(_ region: TableRegion, in text: SourceText) -> Reading? {
        let lines = region.lines.compactMap { text.lines[safe: $0 - 1] }
        guard let header = FlattenedHeader.find(in: lines, from: 0) else { return nil }
        var reading = Reading(title: nil, actors: header.actors, drafts: [], headerLine: lines[header.first].number, diagnostics: [])
        for line in lines[..<header.first] where !line.isBlank {
            if reading.title == nil, let title = TableTitle.read(line) {
                reading.title = title.title
            } else {
                reading.diagnostics.append(Diagnostic(.warning, "table-line-unplaced",
                                                      "line above the table header could not be placed", at: line.location()))
            }
        }
        let rows = FlattenedRowSegmenter.rows(of: Array(lines[(header.last + 1)...]))
        let hasNotes = header.roles.contains(.notes)
        var known = KnownPhrases()
        for (index, row) in rows.enumerated() {
            let (columns, _) = readRow(row, index: index, known: KnownPhrases(), hasNotes: hasNotes)
            for item in RowAssembler.items(columns.text(.inputs)) + RowAssembler.items(columns.text(.output)) {
                known.add(item, row: index)
            }
        }
        for (index, row) in rows.enumerated() {
            let (columns, duration) = readRow(row, index: index, known: known, hasNotes: hasNotes)
            let activity = columns.text(.activity)
            let line = row.lines.first?.number ?? region.lines.lowerBound
            guard !activity.isEmpty else {
                reading.diagnostics.append(Diagnostic(.warning, "table-row-without-activity",
                                                      "row has no Kegiatan text; its cells are not a step", at: SourceLocation(line: line)))
                continue
            }
            let notes = columns.text(.notes)
            reading.drafts.append(RowAssembler.Draft(
                number: row.number, activity: activity, marks: [], inputs: RowAssembler.items(columns.text(.inputs)),
                durationCell: duration, outputs: RowAssembler.items(columns.text(.output)),
                notes: notes.isEmpty ? nil : notes, line: line, drift: 0))
        }
        return reading
    }

    /// One row's columns and Waktu text.
    private static func readRow(_ row: FlattenedRowSegmenter.Row, index: Int, known: KnownPhrases,
                                hasNotes: Bool) -> (FlattenedColumns, String) {
        if let columnMajor = readColumnMajor(row) { return columnMajor }
        var columns = FlattenedColumns()
        let all = row.lines
        let anchor = all.firstIndex { FlattenedLine($0, findDuration: true).duration != nil }
        var duration = ""
        for (position, source) in all.enumerated() {
            let line = FlattenedLine(source, findDuration: position == anchor)
            let splitter = FlattenedLineSplitter(state: columns, known: known, row: index, opensRow: position == 0, hasNotes: hasNotes)
            if let text = line.duration {
                duration = text
                for (column, words) in splitter.split(line.tokens, among: 0...1) { columns.append(words, to: column) }
                let after = FlattenedLineSplitter(state: columns, known: known, row: index, opensRow: false, hasNotes: hasNotes)
                for (column, words) in after.split(line.afterDuration, among: 2...3) { columns.append(words, to: column) }
            } else {
                for (column, words) in splitter.split(line.tokens, among: 0...3) { columns.append(words, to: column) }
            }
        }
        return (columns, duration)
    }

    /// A row printed column by column (Kegiatan block, Kelengkapan block, Waktu block, Output block, …),
    /// recognised by a later block that opens with a Waktu while the first block holds none.
    private static func readColumnMajor(_ row: FlattenedRowSegmenter.Row) -> (FlattenedColumns, String)? {
        let blocks = row.blocks
        guard blocks.count >= 2, let first = blocks.first,
              !first.contains(where: { FlattenedLine($0, findDuration: true).duration != nil }),
              let waktu = blocks.indices.dropFirst().first(where: { index in
                  guard let opening = blocks[index].first else { return false }
                  let words = TextCleaning.clean(opening.text).split(separator: " ").map(String.init)
                  return FlattenedLine.durationSpan(in: words)?.lowerBound == 0
              }) else { return nil }
        var columns = FlattenedColumns()
        func words(_ lines: ArraySlice<[SourceLine]>) -> ArraySlice<FlattenedLine.Token> {
            lines.joined().flatMap { FlattenedLine($0, findDuration: false).tokens }[...]
        }
        columns.append(words(blocks[..<1]), to: .activity)
        columns.append(words(blocks[1..<waktu]), to: .inputs)
        columns.append(words(blocks[(waktu + 1)..<min(waktu + 2, blocks.count)]), to: .output)
        columns.append(words(blocks[min(waktu + 2, blocks.count)...]), to: .notes)
        let duration = blocks[waktu].map { TextCleaning.clean($0.text) }.joined(separator: " ")
        return (columns, duration)
    }
}
