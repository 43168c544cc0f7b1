import SOPModel

/// Draws one A4 page of a procedure's flowchart table: header, rows with wrapped text, each step's
/// symbol in its lane, orthogonal arrows that never pass through a symbol (consecutive steps: down
/// out of the bottom, across above the next symbol, into its top; decision jumps: out of a side
/// vertex into a lane at the edge of the actor columns), Ya/Tidak labels, and pentagon off-page
/// connectors in strips at the top and bottom of the page. The page's title band is not drawn here.
struct FlowchartPageRenderer {
    let layout: FlowchartLayout
    let connectors: OffPageConnectorPlan
    let pageIndex: Int
    /// The table header, the same on every page of the layout (`header(of:)`).
    let header: Drawing

    private var columns: FlowchartColumns { layout.columns }
    private var hasTopStrip: Bool { pageIndex > 0 }
    private var hasBottomStrip: Bool { pageIndex < layout.pages.count - 1 }

    /// Vertical placement of the rows on this page.
    private struct Placement {
        /// The steps on the page.
        var range: Range<Int> = 0..<0
        /// The top of each step's row, from `range.lowerBound` on.
        var rowTops: [Double] = []
        var topStrip: Double?
        var bottomStrip: Double?
        var tableBottom: Double = 0

        /// The top of `step`'s row when the step is on the page.
        func rowTop(_ step: Int) -> Double? {
            range.contains(step) ? rowTops[step - range.lowerBound] : nil
        }
    }

    func render() -> SVGCanvas {
        var canvas = SVGCanvas()
        let range = layout.pages.indices.contains(pageIndex) ? layout.pages[pageIndex] : 0..<0
        let placement = place(range)
        canvas.append(header)
        drawGrid(on: &canvas, range: range, placement: placement)
        for step in range {
            drawCells(of: step, on: &canvas, top: placement.rowTop(step) ?? 0)
        }
        drawEdges(on: &canvas, range: range, placement: placement)
        for step in range {
            if let symbol = symbol(of: step, placement: placement) {
                let unresolved = layout.lanes.stepLanes.indices.contains(step)
                    && layout.lanes.stepLanes[step].first.map { layout.lanes.lanes.indices.contains($0) && layout.lanes.lanes[$0].actor == nil } == true
                symbol.draw(on: &canvas, label: String(layout.procedure.steps[step].number), unresolved: unresolved)
            }
        }
        return canvas
    }

    // MARK: placement

    private func place(_ range: Range<Int>) -> Placement {
        var placement = Placement(range: range)
        placement.rowTops.reserveCapacity(range.count)
        var y = layout.bodyTop
        if hasTopStrip {
            placement.topStrip = y
            y += FlowchartLayout.stripHeight
        }
        for step in range {
            placement.rowTops.append(y)
            y += layout.rows[step].height
        }
        if hasBottomStrip {
            placement.bottomStrip = y
            y += FlowchartLayout.stripHeight
        }
        placement.tableBottom = y
        return placement
    }

    private func symbol(of step: Int, placement: Placement) -> FlowchartSymbol? {
        guard let top = placement.rowTop(step), layout.rows.indices.contains(step),
              layout.lanes.stepLanes.indices.contains(step),
              let first = layout.lanes.stepLanes[step].first, let last = layout.lanes.stepLanes[step].last,
              columns.lanes.indices.contains(first), columns.lanes.indices.contains(last) else { return nil }
        let row = layout.rows[step]
        let left = columns.lanes[first].center, right = columns.lanes[last].center
        return FlowchartSymbol(shape: row.shape, centerX: (left + right) / 2, centerY: top + row.height / 2,
                               width: layout.symbolWidth + (right - left), height: FlowchartSymbol.height(of: row.shape))
    }

    // MARK: table

    /// The table header of `layout`'s pages: column titles, actor names, Mutu Baku titles.
    static func header(of layout: FlowchartLayout) -> Drawing {
        var canvas = SVGCanvas(capacity: 4096)
        let columns = layout.columns
        let top = layout.tableTop, first = FlowchartLayout.headerFirstRow, bottom = layout.bodyTop
        canvas.rect(x: columns.left, y: top, width: columns.right - columns.left, height: bottom - top, fill: "#eef1f5", stroke: "none")
        for role in [FlowchartColumns.Role.number, .activity, .notes] {
            guard let column = columns.column(role) else { continue }
            let title = role == .number ? "No" : role == .activity ? "Kegiatan" : "Keterangan"
            centered(title, column.x, column.right, top, bottom, on: &canvas)
        }
        if !columns.lanes.isEmpty { centered("Pelaksana", columns.laneLeft, columns.laneRight, top, top + first, on: &canvas) }
        if let inputs = columns.column(.inputs), let outputs = columns.column(.outputs) {
            centered("Mutu Baku", inputs.x, outputs.right, top, top + first, on: &canvas)
        }
        for (index, lines) in layout.laneTitles.enumerated() where columns.lanes.indices.contains(index) {
            let column = columns.lanes[index]
            let unresolved = layout.lanes.lanes.indices.contains(index) && layout.lanes.lanes[index].actor == nil
            let blockHeight = Double(lines.count) * (PageGeometry.lineHeight - 1)
            canvas.lines(lines, x: column.center, top: top + first + (bottom - top - first - blockHeight) / 2 - 1,
                         size: FlowchartLayout.laneTitleSize, anchor: .middle, bold: !unresolved, italic: unresolved,
                         color: unresolved ? "#c62828" : "#000")
        }
        for role in [FlowchartColumns.Role.inputs, .duration, .outputs] {
            guard let column = columns.column(role), let lines = layout.mutuBakuTitles[role] else { continue }
            let blockHeight = Double(lines.count) * (PageGeometry.lineHeight - 1)
            canvas.lines(lines, x: column.center, top: top + first + (bottom - top - first - blockHeight) / 2 - 1,
                         size: FlowchartLayout.laneTitleSize, anchor: .middle, bold: true)
        }
        return canvas.finish()
    }

    /// A bold header title in one line, centred in its cell, in a smaller size when it is too wide.
    private static func centered(_ text: String, _ left: Double, _ right: Double, _ y0: Double, _ y1: Double,
                                 on canvas: inout SVGCanvas) {
        let width = right - left - 2 * PageGeometry.cellPadding
        let size = TextMeasure.width(of: text, fontSize: 9, bold: true) <= width ? 9.0 : 7.5
        canvas.text(TextWrapper.singleLine(text, width: width, fontSize: size, bold: true),
                    x: (left + right) / 2, y: (y0 + y1) / 2 + 3.2, size: size, anchor: .middle, bold: true)
    }

    private func drawGrid(on canvas: inout SVGCanvas, range: Range<Int>, placement: Placement) {
        let top = layout.tableTop, split = top + FlowchartLayout.headerFirstRow, body = layout.bodyTop
        let bottom = placement.tableBottom
        let gridColor: StaticString = "#555"
        // Column boundaries: the group boundaries run the full height, the inner ones start below the group titles.
        let groupStarts = [columns.column(.activity)?.x, columns.lanes.first?.x, columns.column(.inputs)?.x,
                           columns.column(.notes)?.x].compactMap { $0 }
        for column in columns.columns.dropFirst() {
            let full = groupStarts.contains(column.x)
            canvas.line(column.x, full ? top : split, column.x, bottom, stroke: gridColor, width: 0.6)
        }
        if !columns.lanes.isEmpty { canvas.line(columns.laneLeft, split, columns.laneRight, split, stroke: gridColor, width: 0.6) }
        if let inputs = columns.column(.inputs), let outputs = columns.column(.outputs) {
            canvas.line(inputs.x, split, outputs.right, split, stroke: gridColor, width: 0.6)
        }
        canvas.line(columns.left, body, columns.right, body, stroke: "#000", width: 1)
        var boundaries: [Double] = range.compactMap { step in placement.rowTop(step).map { $0 + layout.rows[step].height } }
        if let strip = placement.topStrip { boundaries.append(strip + FlowchartLayout.stripHeight) }
        for y in boundaries where y < bottom - 0.5 {
            canvas.line(columns.left, y, columns.right, y, stroke: "#999", width: 0.5)
        }
        canvas.rect(x: columns.left, y: top, width: columns.right - columns.left, height: bottom - top, stroke: "#000", strokeWidth: 1.2)
    }

    private func drawCells(of step: Int, on canvas: inout SVGCanvas, top: Double) {
        let pad = PageGeometry.cellPadding
        for cell in layout.cells[layout.rows[step].cells] {
            if cell.column.role == .number || cell.column.role == .duration {
                canvas.lines(layout.cellText, cell.lines, x: cell.column.center, top: top + pad, anchor: .middle)
            } else {
                canvas.lines(layout.cellText, cell.lines, x: cell.column.x + pad, top: top + pad)
            }
        }
    }

    // MARK: arrows

    private func drawEdges(on canvas: inout SVGCanvas, range: Range<Int>, placement: Placement) {
        var labels = SVGCanvas(capacity: 1024)
        for (index, edge) in layout.flow.sequence.enumerated() {
            let fromHere = range.contains(edge.from), toHere = range.contains(edge.to)
            guard fromHere || toHere else { continue }
            if fromHere && toHere, let s = symbol(of: edge.from, placement: placement), let t = symbol(of: edge.to, placement: placement),
               let targetTop = placement.rowTop(edge.to) {
                if abs(s.centerX - t.centerX) > 0.5 {
                    let y = targetTop + FlowchartLayout.symbolPadding / 2
                    arrow([(s.centerX, s.bottom), (s.centerX, y), (t.centerX, y), (t.centerX, t.top)], on: &canvas)
                } else {
                    arrow([(s.centerX, s.bottom), (t.centerX, t.top)], on: &canvas)
                }
                branchLabel(edge.label, x: s.centerX + 4, y: s.bottom + 9, anchor: .start, on: &labels)
            } else if fromHere, let s = symbol(of: edge.from, placement: placement), let strip = placement.bottomStrip,
                      let letter = connectors.sequence[index] {
                let y = strip + FlowchartLayout.stripHeight / 2
                arrow([(s.centerX, s.bottom), (s.centerX, y - FlowchartSymbol.connectorHeight / 2)], on: &canvas)
                FlowchartSymbol.drawConnector(on: &canvas, letter: letter, x: s.centerX, y: y)
                branchLabel(edge.label, x: s.centerX + 4, y: s.bottom + 9, anchor: .start, on: &labels)
            } else if toHere, let t = symbol(of: edge.to, placement: placement), let strip = placement.topStrip,
                      let letter = connectors.sequence[index] {
                let y = strip + FlowchartLayout.stripHeight / 2
                FlowchartSymbol.drawConnector(on: &canvas, letter: letter, x: t.centerX, y: y)
                arrow([(t.centerX, y + FlowchartSymbol.connectorHeight / 2), (t.centerX, t.top)], on: &canvas)
            }
        }
        drawJumps(on: &canvas, labels: &labels, range: range, placement: placement)
        canvas.append(labels)
    }

    /// A decision branch to a step on the same page, routed through a lane beside the actor columns.
    private struct JumpRoute {
        var edge: FlowBranches.Edge
        var left: Bool
        var yMin: Double
        var yMax: Double
        var lane = 0
    }

    /// Jumps leave a diamond by the side vertex facing their lane: the left edge of the actor
    /// columns, or the right edge for a diamond in the first column (so the label has room).
    private func leavesLeft(_ step: Int) -> Bool {
        let lane = layout.lanes.stepLanes.indices.contains(step) ? layout.lanes.stepLanes[step].first ?? 0 : 0
        return lane != 0 || columns.lanes.count == 1
    }

    private func drawJumps(on canvas: inout SVGCanvas, labels: inout SVGCanvas, range: Range<Int>, placement: Placement) {
        var routes: [JumpRoute] = []
        for (index, edge) in layout.flow.jumps.enumerated() {
            let source = range.contains(edge.from) ? symbol(of: edge.from, placement: placement) : nil
            let target = range.contains(edge.to) ? symbol(of: edge.to, placement: placement) : nil
            let left = leavesLeft(edge.from)
            switch (source, target) {
            case let (s?, t?):
                routes.append(JumpRoute(edge: edge, left: left, yMin: min(s.centerY, t.centerY - 5), yMax: max(s.centerY, t.centerY - 5)))
            case let (s?, nil):
                // Leaves the page: a short arrow from the side vertex into a pentagon in the same row.
                guard let letter = connectors.jumps[index] else { continue }
                let vx = s.sideX(left: left, dy: 0)
                let px = left ? vx - Self.connectorReach : vx + Self.connectorReach
                let half = FlowchartSymbol.connectorWidth(letter) / 2
                arrow([(vx, s.centerY), (left ? px + half : px - half, s.centerY)], on: &canvas)
                FlowchartSymbol.drawConnector(on: &canvas, letter: letter, x: px, y: s.centerY)
                branchLabel(edge.label, x: left ? vx - 3 : vx + 3, y: s.centerY + 10, anchor: left ? .end : .start, on: &labels)
            case let (nil, t?):
                // Arrives from another page: a pentagon in the target's row, on the side its lanes use.
                guard let letter = connectors.jumps[index] else { continue }
                let side = leavesLeft(edge.to)
                let ex = t.sideX(left: side, dy: 0)
                let px = side ? ex - Self.connectorReach : ex + Self.connectorReach
                let half = FlowchartSymbol.connectorWidth(letter) / 2
                FlowchartSymbol.drawConnector(on: &canvas, letter: letter, x: px, y: t.centerY)
                arrow([(side ? px + half : px - half, t.centerY), (ex, t.centerY)], on: &canvas)
            case (nil, nil):
                continue
            }
        }
        // Lanes: the first free one on the route's side (three fit in the margin beside the symbols).
        var leftLaneEnds: [Double] = [], rightLaneEnds: [Double] = []
        for index in routes.indices.sorted(by: { routes[$0].yMin < routes[$1].yMin }) {
            var ends = routes[index].left ? leftLaneEnds : rightLaneEnds
            let free = ends.firstIndex { $0 < routes[index].yMin - 2 } ?? (ends.count < 3 ? ends.count : index % 3)
            if free < ends.count { ends[free] = routes[index].yMax } else { ends.append(routes[index].yMax) }
            if routes[index].left { leftLaneEnds = ends } else { rightLaneEnds = ends }
            routes[index].lane = free
        }
        for route in routes {
            guard let s = symbol(of: route.edge.from, placement: placement), let t = symbol(of: route.edge.to, placement: placement) else { continue }
            let offset = 4 + 4 * Double(route.lane)
            let laneX = route.left ? columns.laneLeft + offset : columns.laneRight - offset
            let vx = s.sideX(left: route.left, dy: 0), entryY = t.centerY - 5
            arrow([(vx, s.centerY), (laneX, s.centerY), (laneX, entryY), (t.sideX(left: route.left, dy: -5), entryY)], on: &canvas)
            branchLabel(route.edge.label, x: route.left ? vx - 3 : vx + 3, y: s.centerY + 10, anchor: route.left ? .end : .start, on: &labels)
        }
    }

    /// Distance from a symbol's side to the center of an in-row off-page connector.
    static let connectorReach = 46.0

    private func branchLabel(_ label: String?, x: Double, y: Double, anchor: SVGCanvas.Anchor, on canvas: inout SVGCanvas) {
        guard let label else { return }
        canvas.text(label, x: x, y: y, size: 8, anchor: anchor, bold: true, color: "#1a4d8f", halo: true)
    }

    /// An orthogonal polyline ending in an arrowhead that points along its last segment.
    private func arrow(_ points: [(Double, Double)], on canvas: inout SVGCanvas) {
        guard points.count >= 2, let end = points.last else { return }
        let before = points[points.count - 2]
        let dx = end.0 - before.0, dy = end.1 - before.1
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return }
        let ux = dx / length, uy = dy / length, size = 6.0, half = 3.2
        let base = (end.0 - ux * size, end.1 - uy * size)
        canvas.polyline(points.dropLast(), then: base, width: 1)
        canvas.polygon([end, (base.0 - uy * half, base.1 + ux * half), (base.0 + uy * half, base.1 - ux * half)], fill: "#000", strokeWidth: 0.5)
    }
}
