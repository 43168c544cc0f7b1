import SOPModel

/// Builds the grid of a space-aligned table (`pdftotext -layout`): column boundaries are the whitespace
/// gaps every line below the first header row shares; each cell is word-wrapped over several lines, a
/// row starts at a step number in the first column or after a blank line.
enum AlignedGridReader {
    /// A non-blank line of the table with its text runs, split once.
    private struct RunLine {
        let line: SourceLine
        let runs: [Cell]
        /// Nil for a blank line.
        init?(_ line: SourceLine) {
            guard !line.isBlank else { return nil }
            self.line = line
            self.runs = TableLayoutDetector.alignedRuns(line.text)
        }
    }

    /// A page: its first header row, then every line below it (nil for a blank line).
    private typealias Page = (header: RunLine, body: [RunLine?])

    static func read(_ region: TableRegion, in text: SourceText) -> TableGrid {
        var grid = TableGrid(title: nil, titleLine: nil, sections: [], diagnostics: [])
        var pages: [Page] = []
        var inHeaderBlock = false
        var lastSeen: Int?  // the last step number opening a body line, for numbers past 9999
        for number in region.lines {
            guard let line = text.lines[safe: number - 1] else { continue }
            if PageMarker.isPageMarker(line.text) { continue }
            let runLine = RunLine(line)
            if !inHeaderBlock, let runLine, isHeader(runLine) {
                pages.append((runLine, []))
                inHeaderBlock = true
            } else if pages.isEmpty {
                if runLine != nil { grid.placeTitle(line) }
            } else {
                pages[pages.count - 1].body.append(runLine)
                if let first = runLine?.runs.first?.text,
                   let opening = StepNumber.parse(String(first.split(separator: " ").first ?? ""), after: lastSeen) {
                    lastSeen = opening
                    inHeaderBlock = false
                }
            }
        }
        var lastNumber: Int?
        for page in pages {
            if let section = section(of: page, lastNumber: &lastNumber, diagnostics: &grid.diagnostics) {
                grid.sections.append(section)
            }
        }
        return grid
    }

    /// `HeaderLine.layout(of:) != nil`, reusing the runs when the line is laid out by spaces.
    private static func isHeader(_ line: RunLine) -> Bool {
        TableLayoutDetector.layout(of: line.line) == .aligned
            ? HeaderLine.isHeader(line.runs.map(\.text)) : HeaderLine.layout(of: line.line) != nil
    }

    /// One page: the first header row, then header continuation lines, then data rows. `lastNumber` is
    /// the table's last step number, carried from page to page.
    private static func section(of page: Page, lastNumber: inout Int?, diagnostics: inout [Diagnostic]) -> TableGrid.Section? {
        let content = page.body.compactMap { $0 }.filter { !StructuralLine.isColumnIndexRow($0.runs.map(\.text)) }
        let columns = columnRanges(of: content.isEmpty ? [page.header.line] : content.map(\.line))
        guard !columns.isEmpty else { return nil }
        let headerCells = place(page.header.runs, in: columns)
        var section = TableGrid.Section(headerRows: [TableGrid.Row(cells: headerCells, lines: [page.header.line.number])], dataRows: [])
        var secondHeader: TableGrid.Row?
        var current: TableGrid.Row?
        var afterBlank = false
        for runLine in page.body {
            guard let runLine else {
                afterBlank = true
                continue
            }
            if StructuralLine.isColumnIndexRow(runLine.runs.map(\.text)) { continue }
            let line = runLine.line
            let cells = slice(line.text, by: columns)
            let number = StepNumber.parse(firstToken(cells.first ?? ""), after: lastNumber)
            let startsNumbered = number != nil
            if current == nil, !startsNumbered, !afterBlank || secondHeader == nil {
                secondHeader = merge(secondHeader, cells, line: line.number)
                afterBlank = false
                continue
            }
            lastNumber = number ?? lastNumber
            if startsNumbered || afterBlank {
                if let row = current { section.dataRows.append(row) }
                current = TableGrid.Row(cells: cells, lines: [line.number])
            } else {
                current = merge(current, cells, line: line.number)
            }
            afterBlank = false
        }
        if let row = current { section.dataRows.append(row) }
        if let second = secondHeader { section.headerRows.append(second) }
        return section
    }

    private static func firstToken(_ cell: String) -> String {
        TextCleaning.clean(cell).split(separator: " ").first.map(String.init) ?? ""
    }

    private static func merge(_ row: TableGrid.Row?, _ cells: [String], line: Int) -> TableGrid.Row {
        guard var row else { return TableGrid.Row(cells: cells, lines: [line]) }
        for (i, cell) in cells.enumerated() where row.cells.indices.contains(i) {
            row.cells[i] = WrappedText.join(row.cells[i], cell)
        }
        row.lines.append(line)
        return row
    }

    /// Character ranges (0-based, half-open) of the columns: runs of occupied positions, where a gap of one
    /// space does not separate columns.
    static func columnRanges(of lines: [SourceLine]) -> [Range<Int>] {
        var occupied: [Bool] = []
        for line in lines {
            PositionedText(line.text).forEachOccupied { i in
                if i >= occupied.count { occupied.append(contentsOf: repeatElement(false, count: i - occupied.count + 1)) }
                occupied[i] = true
            }
        }
        var ranges: [Range<Int>] = []
        var start: Int?
        var gap = 0
        for (i, filled) in occupied.enumerated() {
            if filled {
                if start == nil { start = i }
                gap = 0
            } else if let s = start {
                gap += 1
                if gap == 2 {
                    ranges.append(s..<(i - 1))
                    start = nil
                }
            }
        }
        if let s = start { ranges.append(s..<occupied.count) }
        return ranges
    }

    private static func slice(_ text: String, by columns: [Range<Int>]) -> [String] {
        let positioned = PositionedText(text)
        let count = positioned.count
        return columns.enumerated().map { index, range in
            let lower = index == 0 ? 0 : range.lowerBound
            let upper = index == columns.count - 1 ? count : (columns[safe: index + 1]?.lowerBound ?? count)
            guard lower < count else { return "" }
            return TextCleaning.collapseWhitespace(positioned.text(lower..<min(upper, count)))
        }
    }

    /// Header-row runs placed in the column their first character falls in (or the nearest to its right).
    private static func place(_ runs: [Cell], in columns: [Range<Int>]) -> [String] {
        var cells = [String](repeating: "", count: columns.count)
        for run in runs {
            let position = run.column - 1
            let index = columns.firstIndex { $0.contains(position) }
                ?? columns.firstIndex { $0.lowerBound > position }
                ?? columns.count - 1
            cells[index] = WrappedText.join(cells[index], run.text)
        }
        return cells
    }
}
