import SOPModel

/// Reads a flattened (raw OCR) procedure table, whose columns were lost: the header gives the actor
/// names and whether there is a Keterangan column; the body is cut into rows; each row's lines are split
/// among Kegiatan, Kelengkapan, Waktu, Output and Keterangan around the Waktu anchor. Rows are read twice:
/// the second pass knows the Kelengkapan and Output items of the other rows. Each line is tokenised once
/// (`FlattenedLine`), and a row printed column by column is recognised once.
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
        // The locator's header (its indices counted from the region's first line), else found here.
        let carried = region.flattenedHeader.flatMap { $0.last < lines.count ? $0 : nil }
        guard let header = carried ?? FlattenedHeader.find(in: lines, from: 0) else { return nil }
        var reading = Reading(title: nil, actors: header.actors, drafts: [], headerLine: lines[header.first].number, diagnostics: [])
        for line in lines[..<header.first] where !line.isBlank {
            if reading.title == nil, let title = TableTitle.read(line) {
                reading.title = title.title
            } else {
                reading.diagnostics.append(Diagnostic(.warning, "table-line-unplaced",
                                                      "line above the table header could not be placed", at: line.location()))
            }
        }
        let body = lines[(header.last + 1)...]
        for line in body where FlattenedRowSegmenter.isRunaway(line) {
            reading.diagnostics.append(FlattenedRowSegmenter.runawayWarning(line))
        }
        let rows = FlattenedRowSegmenter.rows(of: body)
        let columnMajor = rows.map(readColumnMajor)
        let hasNotes = header.roles.contains(.notes)
        var known = KnownPhrases()
        let nothingKnown = KnownPhrases.Read.none.others(than: 0)
        // The first reading of each row, kept with its items for the rows the second pass reads the same:
        // those printed column by column and those no other row's item can fit.
        var firstReadings: [(columns: FlattenedColumns, duration: String, inputs: [String], outputs: [String])] = []
        firstReadings.reserveCapacity(rows.count)
        var splitter = FlattenedLineSplitter(known: nothingKnown, hasNotes: hasNotes)
        for (index, row) in rows.enumerated() {
            let (columns, duration) = if let blocks = columnMajor[index] { blocks } else { readRow(row, with: &splitter) }
            let inputs = RowAssembler.items(columns.text(.inputs)), outputs = RowAssembler.items(columns.text(.output))
            for item in inputs + outputs { known.add(item, row: index) }
            firstReadings.append((columns, duration, inputs, outputs))
        }
        let knownItems = known.read()
        for (index, row) in rows.enumerated() {
            let first = firstReadings[index]
            let others = columnMajor[index] == nil ? knownItems.others(than: index) : nil
            let readAgain = others.map { !$0.isEmpty } ?? false
            var (columns, duration) = (first.columns, first.duration)
            if readAgain {
                splitter.known = others ?? nothingKnown
                (columns, duration) = readRow(row, with: &splitter)
            }
            let activity = Self.droppingNumber(columns.text(.activity), row.number)
            let line = row.blocks.first?.first?.number ?? region.lines.lowerBound
            guard !activity.isEmpty else {
                reading.diagnostics.append(Diagnostic(.warning, "table-row-without-activity",
                                                      "row has no Kegiatan text; its cells are not a step", at: SourceLocation(line: line)))
                continue
            }
            let notes = columns.text(.notes)
            reading.drafts.append(RowAssembler.Draft(
                number: row.number, activity: activity, marks: [],
                inputs: readAgain ? RowAssembler.items(columns.text(.inputs)) : first.inputs,
                durationCell: duration, outputs: readAgain ? RowAssembler.items(columns.text(.output)) : first.outputs,
                notes: notes.isEmpty ? nil : notes, line: line, drift: 0))
        }
        return reading
    }

    /// The activity without the step number printed before it: "3. Menerima surat" → "Menerima surat".
    static func droppingNumber(_ activity: String, _ number: Int?) -> String {
        guard let number, let space = activity.firstIndex(of: " ") else { return activity }
        var printed = activity[..<space]
        while let last = printed.last, last == "." || last == ")" { printed = printed.dropLast() }
        guard Int(printed) == number else { return activity }
        return String(activity[activity.index(after: space)...])
    }

    /// One row's columns and Waktu text, its lines split among the columns around the first Waktu. The
    /// splitter knows the items of the other rows.
    private static func readRow(_ row: FlattenedRowSegmenter.Row,
                                with splitter: inout FlattenedLineSplitter) -> (FlattenedColumns, String) {
        var columns = FlattenedColumns(tracking: splitter.known.isEmpty ? nil : splitter.known)
        var duration: String?
        var opensRow = true
        for block in row.blocks {
            for line in block {
                if duration == nil, let text = line.duration {
                    duration = text
                    splitter.split(line.beforeDuration, among: 0...1, opensRow: opensRow, into: &columns)
                    splitter.split(line.afterDuration, among: 2...3, opensRow: false, into: &columns)
                } else {
                    splitter.split(line.tokens, among: 0...3, opensRow: opensRow, into: &columns)
                }
                opensRow = false
            }
        }
        return (columns, duration ?? "")
    }

    /// A row printed column by column (Kegiatan block, Kelengkapan block, Waktu block, Output block, …),
    /// recognised by a later block that opens with a Waktu while the first block holds none.
    private static func readColumnMajor(_ row: FlattenedRowSegmenter.Row) -> (FlattenedColumns, String)? {
        let blocks = row.blocks
        guard blocks.count >= 2, let first = blocks.first,
              !first.contains(where: { $0.duration != nil }),
              let waktu = blocks.indices.dropFirst().first(where: { index in
                  guard let opening = blocks[index].first else { return false }
                  let words = TextCleaning.clean(opening.source.text).split(separator: " ").map(String.init)
                  return FlattenedLine.durationSpan(in: words)?.lowerBound == 0
              }) else { return nil }
        var columns = FlattenedColumns()
        func words(_ lines: ArraySlice<[FlattenedLine]>) -> ArraySlice<FlattenedLine.Token> {
            lines.joined().flatMap(\.tokens)[...]
        }
        columns.append(words(blocks[..<1]), to: .activity)
        columns.append(words(blocks[1..<waktu]), to: .inputs)
        columns.append(words(blocks[(waktu + 1)..<min(waktu + 2, blocks.count)]), to: .output)
        columns.append(words(blocks[min(waktu + 2, blocks.count)...]), to: .notes)
        let duration = blocks[waktu].map { TextCleaning.clean($0.source.text) }.joined(separator: " ")
        return (columns, duration)
    }
}
