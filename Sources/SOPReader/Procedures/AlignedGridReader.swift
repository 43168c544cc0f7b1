import SOPModel

/// Builds the grid of a space-aligned table (`pdftotext -layout`): column boundaries are the whitespace
/// gaps every line below the first header row shares; each cell is word-wrapped over several lines, a
/// row starts at a step number in the first column or after a blank line.
enum AlignedGridReader {
    static func read(_ region: TableRegion, in text: SourceText) -> TableGrid {
        var grid = TableGrid(title: nil, titleLine: nil, sections: [], diagnostics: [])
        var pages: [[SourceLine]] = []
        var inHeaderBlock = false
        for number in region.lines {
            guard let line = text.lines[safe: number - 1] else { continue }
            if PageMarker.isPageMarker(line.text) { continue }
            if HeaderLine.layout(of: line) != nil, !inHeaderBlock {
                pages.append([line])
                inHeaderBlock = true
            } else if pages.isEmpty {
                if !line.isBlank { grid.placeTitle(line) }
            } else {
                pages[pages.count - 1].append(line)
                let first = TableLayoutDetector.alignedRuns(line.text).first?.text ?? ""
                if StepNumber.parse(String(first.split(separator: " ").first ?? "")) != nil { inHeaderBlock = false }
            }
        }
        for page in pages {
            if let section = section(of: page, diagnostics: &grid.diagnostics) { grid.sections.append(section) }
        }
        return grid
    }


    /// One page: the first header row, then header continuation lines, then data rows.
    private static func section(of page: [SourceLine], diagnostics: inout [Diagnostic]) -> TableGrid.Section? {
        guard let header = page.first else { return nil }
        let body = Array(page.dropFirst())
        let contentLines = body.filter { !$0.isBlank && !StructuralLine.isColumnIndexRow(TableLayoutDetector.alignedRuns($0.text).map(\.text)) }
        let columns = columnRanges(of: contentLines.isEmpty ? [header] : contentLines)
        guard !columns.isEmpty else { return nil }
        let headerCells = place(TableLayoutDetector.alignedRuns(header.text), in: columns)
        var section = TableGrid.Section(headerRows: [TableGrid.Row(cells: headerCells, lines: [header.number])], dataRows: [])
        var secondHeader: TableGrid.Row?
        var current: TableGrid.Row?
        var afterBlank = false
        for line in body {
            if line.isBlank {
                afterBlank = true
                continue
            }
            let runs = TableLayoutDetector.alignedRuns(line.text)
            if StructuralLine.isColumnIndexRow(runs.map(\.text)) { continue }
            let cells = slice(line.text, by: columns)
            let startsNumbered = StepNumber.parse(firstToken(cells.first ?? "")) != nil
            if current == nil, !startsNumbered, !afterBlank || secondHeader == nil {
                secondHeader = merge(secondHeader, cells, line: line.number)
                afterBlank = false
                continue
            }
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
            for (i, ch) in Array(line.text.replacingOccurrences(of: "\t", with: "  ")).enumerated() where ch != " " {
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
        let chars = Array(text.replacingOccurrences(of: "\t", with: "  "))
        return columns.enumerated().map { index, range in
            let lower = index == 0 ? 0 : range.lowerBound
            let upper = index == columns.count - 1 ? chars.count : (columns[safe: index + 1]?.lowerBound ?? chars.count)
            guard lower < chars.count else { return "" }
            return TextCleaning.collapseWhitespace(String(chars[lower..<min(upper, chars.count)]))
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
