import SOPModel

/// The measured table of one procedure: columns, the header, each step's wrapped cell text, symbol
/// and row height, and the pages the rows are split into. The cells' lines of all rows are wrapped
/// into one buffer (`cellText`), the cells of all rows kept in one list (`cells`).
struct FlowchartLayout {
    /// The wrapped text of one cell of a row: lines `lines` of `cellText`.
    struct Cell {
        var column: FlowchartColumns.Column
        var lines: Range<Int>
    }

    /// One step's row.
    struct Row {
        /// The text cells, left to right: indices into `cells`.
        var cells: Range<Int>
        var shape: FlowchartSymbol.Shape
        var height: Double
    }

    static let headerFirstRow = 20.0
    static let stripHeight = 30.0
    /// Space above and below a symbol inside its row, where connectors and Ya/Tidak labels run.
    static let symbolPadding = 14.0
    static let laneTitleSize = 8.0

    let procedure: Procedure
    let lanes: SwimlaneAssignment
    let flow: FlowBranches
    let columns: FlowchartColumns
    let laneTitles: [WrappedLines]
    let mutuBakuTitles: [FlowchartColumns.Role: WrappedLines]
    let headerHeight: Double
    let rows: [Row]
    /// The text cells of all rows, row after row.
    let cells: [Cell]
    /// The lines of every cell, cell after cell.
    let cellText: WrappedLines
    let pages: [Range<Int>]
    let symbolWidth: Double

    var tableTop: Double { PageGeometry.contentTop }
    var bodyTop: Double { tableTop + headerHeight }

    init(_ procedure: Procedure, flow: ProcedureFlow) {
        self.procedure = procedure
        lanes = flow.lanes
        self.flow = flow.branches
        let columns = FlowchartColumns(laneCount: lanes.lanes.count)
        self.columns = columns
        let pad = PageGeometry.cellPadding
        let lineHeight = PageGeometry.lineHeight

        laneTitles = lanes.lanes.enumerated().map { index, lane in
            let width = (columns.lanes.indices.contains(index) ? columns.lanes[index].width : 0) - 2 * pad
            return TextWrapper.wrapped(lane.actor?.name ?? "Pelaksana belum ditentukan", width: width,
                                     fontSize: Self.laneTitleSize, bold: lane.actor != nil, maxLines: 4)
        }
        var mutuBaku: [FlowchartColumns.Role: WrappedLines] = [:]
        for (role, title) in [(FlowchartColumns.Role.inputs, "Kelengkapan"), (.duration, "Waktu"), (.outputs, "Output")] {
            mutuBaku[role] = TextWrapper.wrapped(title, width: (columns.column(role)?.width ?? 0) - 2 * pad,
                                               fontSize: Self.laneTitleSize, bold: true, maxLines: 2)
        }
        mutuBakuTitles = mutuBaku
        let titleLines = (laneTitles + mutuBaku.values.map { $0 }).map(\.count).max() ?? 1
        headerHeight = Self.headerFirstRow + max(20, 2 * pad + Double(titleLines) * (lineHeight - 1))

        symbolWidth = min(52, max(14, columns.laneWidth - 28))
        let capacity = PageGeometry.contentBottom - (PageGeometry.contentTop + headerHeight)
        let maxRowHeight = capacity - 2 * Self.stripHeight
        let maxLines = max(1, Int((maxRowHeight - 2 * pad) / lineHeight))
        let steps = procedure.steps
        var cells: [Cell] = []
        cells.reserveCapacity(6 * steps.count)
        var text = WrappedLines()
        var rows: [Row] = []
        rows.reserveCapacity(steps.count)
        /// The most lines of a cell of the row being wrapped.
        var rowLines = 0
        /// Wraps one cell's items into `text`, at most `maxLines` lines (the last cut ends in "…").
        func wrap(_ column: FlowchartColumns.Column?, _ items: some Collection<String>) {
            guard let column else { return }
            let width = column.width - 2 * pad
            let first = text.count
            let prefixed = items.count > 1
            for item in items {
                TextWrapper.wrap(prefixed ? "– " + item : item, into: &text, width: width, fontSize: PageGeometry.bodyFontSize)
            }
            if text.count - first > maxLines {
                text.keepFirst(first + maxLines)
                let last = text.removeLast() ?? ""
                text.appendToOpenLine(TextWrapper.ellipsized(last, width: width, fontSize: PageGeometry.bodyFontSize, bold: false))
                text.endLine()
            }
            cells.append(Cell(column: column, lines: first..<text.count))
            rowLines = max(rowLines, text.count - first)
        }
        let numberColumn = columns.column(.number), activityColumn = columns.column(.activity)
        let inputsColumn = columns.column(.inputs), durationColumn = columns.column(.duration)
        let outputsColumn = columns.column(.outputs), notesColumn = columns.column(.notes)
        for index in steps.indices {
            let step = steps[index]
            let firstCell = cells.count
            rowLines = 0
            wrap(numberColumn, CollectionOfOne(String(step.number)))
            wrap(activityColumn, CollectionOfOne(step.activity))
            wrap(inputsColumn, step.inputs)
            if let duration = step.duration { wrap(durationColumn, CollectionOfOne(duration.text)) } else { wrap(durationColumn, EmptyCollection()) }
            wrap(outputsColumn, step.outputs)
            if let notes = step.notes { wrap(notesColumn, CollectionOfOne(notes)) } else { wrap(notesColumn, EmptyCollection()) }
            let shape = FlowchartSymbol.shape(for: index, of: steps.count, isDecision: step.decision != nil)
            // A row without cells counts one line.
            let lineCount = cells.count > firstCell ? rowLines : 1
            let textHeight = 2 * pad + Double(lineCount) * lineHeight
            let symbolHeight = FlowchartSymbol.height(of: shape) + 2 * Self.symbolPadding
            rows.append(Row(cells: firstCell..<cells.count, shape: shape, height: min(maxRowHeight, max(textHeight, symbolHeight))))
        }
        self.rows = rows
        self.cells = cells
        cellText = text
        pages = RowPaginator.pages(heights: rows.map(\.height), capacity: capacity,
                                   continuationReserve: Self.stripHeight, moreReserve: Self.stripHeight)
    }
}
