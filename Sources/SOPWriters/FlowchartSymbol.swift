/// One of the Permenpan RB 35/2012 flowchart symbols as placed on the page: capsule (first and last
/// step), rectangle (process), diamond (decision); the off-page pentagon is drawn by `drawConnector`.
struct FlowchartSymbol {
    enum Shape { case capsule, rectangle, diamond }

    var shape: Shape
    var centerX: Double
    var centerY: Double
    var width: Double
    var height: Double

    static func shape(for step: Int, of count: Int, isDecision: Bool) -> Shape {
        if isDecision { return .diamond }
        return step == 0 || step == count - 1 ? .capsule : .rectangle
    }

    static func height(of shape: Shape) -> Double {
        switch shape {
        case .capsule: 24
        case .rectangle: 26
        case .diamond: 34
        }
    }

    var top: Double { centerY - height / 2 }
    var bottom: Double { centerY + height / 2 }

    /// Where a horizontal line at `dy` below the center meets the symbol's left or right outline.
    func sideX(left: Bool, dy: Double) -> Double {
        let half = width / 2
        var inset = 0.0
        switch shape {
        case .rectangle: inset = 0
        case .capsule: 
            let r = height / 2
            inset = r - (max(0, r * r - dy * dy)).squareRoot()
        case .diamond: inset = half * min(1, abs(dy) / (height / 2))
        }
        return left ? centerX - half + inset : centerX + half - inset
    }

    func draw(on canvas: inout SVGCanvas, label: String, unresolved: Bool) {
        let stroke: StaticString = unresolved ? "#c62828" : "#000"
        let fill: StaticString = unresolved ? "#fff5f5" : "#fff"
        switch shape {
        case .capsule:
            canvas.rect(x: centerX - width / 2, y: top, width: width, height: height, rx: height / 2,
                        fill: fill, stroke: stroke, strokeWidth: 1.2, dashed: unresolved)
        case .rectangle:
            canvas.rect(x: centerX - width / 2, y: top, width: width, height: height,
                        fill: fill, stroke: stroke, strokeWidth: 1.2, dashed: unresolved)
        case .diamond:
            canvas.polygon([(centerX, top), (centerX + width / 2, centerY), (centerX, bottom), (centerX - width / 2, centerY)],
                           fill: fill, stroke: stroke, strokeWidth: 1.2, dashed: unresolved)
        }
        canvas.text(label, x: centerX, y: centerY + 3, size: 8.5, anchor: .middle, color: stroke)
    }

    /// The off-page connector: a pentagon pointing down with its letter, centered at (x, y).
    static func drawConnector(on canvas: inout SVGCanvas, letter: String, x: Double, y: Double) {
        let w = connectorWidth(letter), h = connectorHeight
        canvas.polygon([(x - w / 2, y - h / 2), (x + w / 2, y - h / 2), (x + w / 2, y + h / 6), (x, y + h / 2), (x - w / 2, y + h / 6)],
                       fill: "#fff", strokeWidth: 1.1)
        canvas.text(letter, x: x, y: y + 1.5, size: 8.5, anchor: .middle, bold: true)
    }

    static let connectorHeight = 18.0

    static func connectorWidth(_ letter: String) -> Double {
        max(20, TextMeasure.width(of: letter, fontSize: 8.5, bold: true) + 8)
    }
}
