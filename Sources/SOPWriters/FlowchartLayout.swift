import SOPModel

/// The measured table of one procedure: columns, the header, each step's wrapped cell text, symbol
/// and row height, and the pages the rows are split into.
struct FlowchartLayout {
    /// The wrapped text of one cell of a row.
    struct Cell {
        var column: FlowchartColumns.Column
        var lines: WrappedLines
    }

    /// One step's row.
    struct Row {
        /// The text cells, left to right.
        var cells: [Cell]
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
        let count = procedure.steps.count
        rows = procedure.steps.enumerated().map { index, step in
            var cells: [Cell] = []
            cells.reserveCapacity(6)
            func wrap(_ role: FlowchartColumns.Role, _ items: [String]) {
                guard let column = columns.column(role) else { return }
                let width = column.width - 2 * pad
                var lines = WrappedLines()
                for item in items {
                    TextWrapper.wrap(items.count > 1 ? "– " + item : item, into: &lines, width: width, fontSize: PageGeometry.bodyFontSize)
                }
                if lines.count > maxLines {
                    lines.keepFirst(maxLines)
                    let last = lines.removeLast() ?? ""
                    lines.appendToOpenLine(TextWrapper.ellipsized(last, width: width, fontSize: PageGeometry.bodyFontSize, bold: false))
                    lines.endLine()
                }
                cells.append(Cell(column: column, lines: lines))
            }
            wrap(.number, ["\(step.number)"])
            wrap(.activity, [step.activity])
            wrap(.inputs, step.inputs)
            wrap(.duration, step.duration.map { [$0.text] } ?? [])
            wrap(.outputs, step.outputs)
            wrap(.notes, step.notes.map { [$0] } ?? [])
            let shape = FlowchartSymbol.shape(for: index, of: count, isDecision: step.decision != nil)
            let textHeight = 2 * pad + Double(cells.map(\.lines.count).max() ?? 1) * lineHeight
            let symbolHeight = FlowchartSymbol.height(of: shape) + 2 * Self.symbolPadding
            return Row(cells: cells, shape: shape, height: min(maxRowHeight, max(textHeight, symbolHeight)))
        }
        pages = RowPaginator.pages(heights: rows.map(\.height), capacity: capacity,
                                   continuationReserve: Self.stripHeight, moreReserve: Self.stripHeight)
    }
}
