import SOPModel

/// Builds the grid of a tab-separated or Markdown table: one line is one row, except wrapped lines,
/// which are joined to the row they continue. A line far longer than any table row is damage: it is
/// left out with a warning before it is cut into cells, so that its cost stays one pass over its bytes.
enum DelimitedGridReader {
    static func read(_ region: TableRegion, in text: SourceText) -> TableGrid {
        var grid = TableGrid(title: nil, titleLine: nil, sections: [], diagnostics: [])
        var expectSecondHeader = false
        var columnCount = 0
        var lastNumber: Int?
        var headers = region.headerLines[...]  // ascending, as the lines are read
        for number in region.lines {
            guard let line = text.lines[safe: number - 1], !line.isBlank else { continue }
            // Above the header too (a title line is short); a header line the locator recognised is kept.
            if FlattenedRowSegmenter.isRunaway(line), !region.headerLines.contains(number) {
                grid.diagnostics.append(FlattenedRowSegmenter.runawayWarning(line))
                continue
            }
            if TableLayoutDetector.isMarkdownSeparator(line.text) || PageMarker.isPageMarker(line.text) { continue }
            let cells = TableLayoutDetector.cellTexts(of: line, layout: region.layout)
            if expectSecondHeader, !grid.sections.isEmpty, StructuralLine.isSecondHeaderRow(cells) {
                expectSecondHeader = false
                grid.sections[grid.sections.count - 1].headerRows.append(TableGrid.Row(cells: cells, lines: [number]))
                columnCount = max(columnCount, cells.count)
                continue
            }
            // The locator recognised the header rows (`HeaderLine.layout(of:) != nil`) already.
            while let header = headers.first, header < number { headers.removeFirst() }
            if headers.first == number {
                grid.sections.append(TableGrid.Section(headerRows: [TableGrid.Row(cells: cells, lines: [number])], dataRows: []))
                expectSecondHeader = true
                columnCount = max(columnCount, cells.count)
                continue
            }
            if grid.sections.isEmpty {
                grid.placeTitle(line)
                continue
            }
            if StructuralLine.isColumnIndexRow(cells) { continue }
            let last = grid.sections.count - 1
            expectSecondHeader = false
            append(cells, line: number, to: &grid.sections[last], columnCount: columnCount,
                   lastNumber: &lastNumber, diagnostics: &grid.diagnostics)
        }
        return grid
    }

    /// Starts a new row, or joins a wrapped line to the row it continues.
    /// `lastNumber` is the table's last step number, which a row starting with a number updates.
    private static func append(_ cells: [String], line: Int, to section: inout TableGrid.Section,
                               columnCount: Int, lastNumber: inout Int?, diagnostics: inout [Diagnostic]) {
        let first = TextCleaning.clean(cells.first ?? "")
        let number = first.isEmpty ? nil : StepNumber.parse(first, after: lastNumber)
        if first.isEmpty || number != nil {
            lastNumber = number ?? lastNumber
            section.dataRows.append(TableGrid.Row(cells: cells, lines: [line]))
            return
        }
        guard var previous = section.dataRows.popLast() else {
            section.dataRows.append(TableGrid.Row(cells: [""] + cells, lines: [line]))
            diagnostics.append(Diagnostic(.note, "step-unnumbered-row", "row without a step number cell", at: SourceLocation(line: line)))
            return
        }
        let complete = previous.cells.count >= max(3, columnCount - 2) && cells.count > 1
        if complete {
            section.dataRows.append(previous)
            section.dataRows.append(TableGrid.Row(cells: [""] + cells, lines: [line]))
            return
        }
        let target = previous.cells.lastIndex { !CellText.isBlank($0) } ?? max(0, previous.cells.count - 1)
        if previous.cells.indices.contains(target) {
            previous.cells[target] = WrappedText.join(previous.cells[target], cells.first ?? "")
        }
        previous.cells.append(contentsOf: cells.dropFirst())
        previous.lines.append(line)
        section.dataRows.append(previous)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
