import Foundation

/// Builds the SVG elements of one page as text; numbers are rounded to 0.1 px so output is stable.
struct SVGCanvas {
    private(set) var body: [String] = []

    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let text = String(format: "%.1f", value)
        let trimmed = text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        return trimmed == "-0" ? "0" : trimmed
    }

    private func n(_ value: Double) -> String { Self.number(value) }

    mutating func raw(_ element: String) { body.append(element) }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, rx: Double = 0,
                       fill: String = "none", stroke: String = "#000", strokeWidth: Double = 1, dashed: Bool = false) {
        var a = "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\""
        if rx > 0 { a += " rx=\"\(n(rx))\"" }
        a += " fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"\(n(strokeWidth))\""
        if dashed { a += " stroke-dasharray=\"4 2\"" }
        body.append(a + "/>")
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String = "#000", width: Double = 0.8) {
        body.append("<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"/>")
    }

    mutating func polygon(_ points: [(Double, Double)], fill: String, stroke: String = "#000", strokeWidth: Double = 1, dashed: Bool = false) {
        let list = points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
        var a = "<polygon points=\"\(list)\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"\(n(strokeWidth))\""
        if dashed { a += " stroke-dasharray=\"4 2\"" }
        body.append(a + "/>")
    }

    mutating func polyline(_ points: [(Double, Double)], stroke: String = "#000", width: Double = 1) {
        let list = points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
        body.append("<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"/>")
    }

    enum Anchor: String { case start, middle, end }

    /// One line of text at a baseline. `halo` paints a white outline under the glyphs.
    mutating func text(_ content: String, x: Double, y: Double, size: Double = PageGeometry.bodyFontSize,
                       anchor: Anchor = .start, bold: Bool = false, italic: Bool = false,
                       color: String = "#000", halo: Bool = false) {
        guard !content.isEmpty else { return }
        var a = "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\""
        if anchor != .start { a += " text-anchor=\"\(anchor.rawValue)\"" }
        if bold { a += " font-weight=\"bold\"" }
        if italic { a += " font-style=\"italic\"" }
        if color != "#000" { a += " fill=\"\(color)\"" }
        if halo { a += " stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\"" }
        body.append(a + ">\(XMLText.escape(content))</text>")
    }

    /// Wrapped lines starting with the first baseline at `top + size`, `PageGeometry.lineHeight` apart.
    mutating func lines(_ lines: [String], x: Double, top: Double, size: Double = PageGeometry.bodyFontSize,
                        anchor: Anchor = .start, bold: Bool = false, italic: Bool = false, color: String = "#000") {
        for (i, line) in lines.enumerated() {
            text(line, x: x, y: top + size + Double(i) * PageGeometry.lineHeight, size: size,
                 anchor: anchor, bold: bold, italic: italic, color: color)
        }
    }

    /// A standalone A4-landscape SVG document holding this canvas.
    func document() -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" width="297mm" height="210mm" viewBox="0 0 \(n(PageGeometry.width)) \(n(PageGeometry.height))" font-family="\(PageGeometry.fontFamily)">
        \(content)
        </svg>
        """
    }

    /// This canvas as one page nested in a taller SVG, `y` pixels from its top.
    func nested(y: Double, id: String) -> String {
        """
        <svg id="\(id)" x="0" y="\(n(y))" width="\(n(PageGeometry.width))" height="\(n(PageGeometry.height))" viewBox="0 0 \(n(PageGeometry.width)) \(n(PageGeometry.height))">
        \(content)
        </svg>
        """
    }

    private var content: String {
        (["<rect width=\"\(n(PageGeometry.width))\" height=\"\(n(PageGeometry.height))\" fill=\"#fff\"/>"] + body).joined(separator: "\n")
    }
}
