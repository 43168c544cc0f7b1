import Foundation
import SOPModel

/// Builds the SVG elements of one page as UTF-8 text, appended into one byte buffer; numbers are
/// rounded to 0.1 px so output is stable.
struct SVGCanvas: ~Copyable {
    /// The elements drawn so far; each starts with a line feed.
    private(set) var body: ByteBuffer

    init(capacity: Int = 16_384) {
        body = ByteBuffer(capacity: capacity)
    }

    /// The elements drawn; the canvas is consumed.
    consuming func finish() -> Drawing { Drawing(body) }

    /// Appends `value` rounded to one decimal as `%.1f` does, without a trailing ".0" and never
    /// "-0". Rounds in binary unless ten times the value lies within 1e-6 of a tie or is huge; there
    /// only `%.1f`'s exact decimal rounding is sure to give the same digit.
    static func appendNumber(_ value: Double, to out: inout ByteBuffer) {
        guard value.isFinite else { out.append(UInt8(ascii: "0")); return }
        let scaled = value * 10
        guard abs(scaled) < 1e8 else {
            out.append(contentsOf: formatted(value))
            return
        }
        // floor and round by integer conversion (exact below 1e8), not by libm calls.
        let truncated = Int(scaled)
        let floor = Double(truncated) > scaled ? truncated - 1 : truncated
        let fraction = scaled - Double(floor)
        guard abs(fraction - 0.5) > 1e-6 else {
            out.append(contentsOf: formatted(value))
            return
        }
        let tenths = fraction > 0.5 ? floor + 1 : floor
        appendTenths(tenths, to: &out)
    }

    /// Appends `tenths / 10` in decimal, the tenths digit only when it is not 0 ("12.5", "12", "-0.5"),
    /// into room reserved once: whole parts below 10 000 (every coordinate on a page) two digits at a
    /// time, larger ones by `ByteBuffer.writeDecimal` (which asks for 20 bytes of room; `tenths` is below
    /// 1e8 in magnitude, so a sign, 8 digits, "." and a digit).
    @inline(__always)
    private static func appendTenths(_ tenths: Int, to out: inout ByteBuffer) {
        out.append(maximumCount: 23) { room in
            let magnitude = tenths.magnitude
            let whole = magnitude / 10
            let tenth = magnitude % 10
            var end = 0
            if tenths < 0 {
                room[0] = UInt8(ascii: "-")
                end = 1
            }
            @inline(__always) func digit(_ value: UInt) {
                room[end] = UInt8(truncatingIfNeeded: 48 + value)
                end += 1
            }
            @inline(__always) func pair(_ value: UInt) {
                let pairs = digitPairs.utf8Start
                room[end] = pairs[Int(2 * value)]
                room[end + 1] = pairs[Int(2 * value + 1)]
                end += 2
            }
            if whole < 10 {
                digit(whole)
            } else if whole < 100 {
                pair(whole)
            } else if whole < 1000 {
                digit(whole / 100)
                pair(whole % 100)
            } else if whole < 10_000 {
                pair(whole / 100)
                pair(whole % 100)
            } else {
                end += ByteBuffer.writeDecimal(Int(whole), into: UnsafeMutableBufferPointer(rebasing: room[end...]))
            }
            guard tenth != 0 else { return end }
            room[end] = UInt8(ascii: ".")
            room[end + 1] = UInt8(truncatingIfNeeded: 48 + tenth)
            return end + 2
        }
    }

    /// "00" to "99", the two digits of each value below 100 at twice its value.
    private static var digitPairs: StaticString {
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
    }

    /// The exact `%.1f` rounding, for ties and huge values.
    private static func formatted(_ value: Double) -> String {
        let text = String(format: "%.1f", value)
        let trimmed = text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        return trimmed == "-0" ? "0" : trimmed
    }

    /// ` name="value"`, `start` being ` name="`, with the value as `appendNumber` writes it.
    @inline(__always)
    private mutating func attribute(_ start: StaticString, _ value: Double) {
        body.append(start)
        Self.appendNumber(value, to: &body)
        body.append(UInt8(ascii: "\""))
    }

    /// ` name="value"`, `start` being ` name="`, with a value that needs no escaping (colours, keywords).
    @inline(__always)
    private mutating func attribute(_ start: StaticString, _ value: StaticString) {
        body.append(start)
        body.append(value)
        body.append(UInt8(ascii: "\""))
    }

    /// Whether a colour is "#000", the default fill of text.
    private static func isBlack(_ color: StaticString) -> Bool {
        guard color.hasPointerRepresentation, color.utf8CodeUnitCount == 4 else { return false }
        let bytes = color.utf8Start
        return bytes[0] == UInt8(ascii: "#") && bytes[1] == UInt8(ascii: "0") && bytes[2] == UInt8(ascii: "0") && bytes[3] == UInt8(ascii: "0")
    }

    /// ` points="x,y x,y …"`: the points of `list`, then `last` when given.
    private mutating func points(_ list: ArraySlice<(Double, Double)>, then last: (Double, Double)? = nil) {
        body.append(" points=\"")
        var first = true
        func point(_ point: (Double, Double), to canvas: inout SVGCanvas) {
            if !first { canvas.body.append(UInt8(ascii: " ")) }
            first = false
            Self.appendNumber(point.0, to: &canvas.body)
            canvas.body.append(UInt8(ascii: ","))
            Self.appendNumber(point.1, to: &canvas.body)
        }
        for item in list { point(item, to: &self) }
        if let last { point(last, to: &self) }
        body.append(UInt8(ascii: "\""))
    }

    /// Appends the elements of another canvas after this one's.
    mutating func append(_ other: borrowing SVGCanvas) { body.append(other.body) }

    /// Appends elements drawn before (`finish()` of another canvas).
    mutating func append(_ elements: Drawing) { elements.withBytes { body.append($0) } }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, rx: Double = 0,
                       fill: StaticString = "none", stroke: StaticString = "#000", strokeWidth: Double = 1, dashed: Bool = false) {
        body.append("\n<rect")
        attribute(" x=\"", x)
        attribute(" y=\"", y)
        attribute(" width=\"", width)
        attribute(" height=\"", height)
        if rx > 0 { attribute(" rx=\"", rx) }
        attribute(" fill=\"", fill)
        attribute(" stroke=\"", stroke)
        attribute(" stroke-width=\"", strokeWidth)
        if dashed { body.append(" stroke-dasharray=\"4 2\"") }
        body.append("/>")
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: StaticString = "#000", width: Double = 0.8) {
        body.append("\n<line")
        attribute(" x1=\"", x1)
        attribute(" y1=\"", y1)
        attribute(" x2=\"", x2)
        attribute(" y2=\"", y2)
        attribute(" stroke=\"", stroke)
        attribute(" stroke-width=\"", width)
        body.append("/>")
    }

    mutating func polygon(_ list: [(Double, Double)], fill: StaticString, stroke: StaticString = "#000", strokeWidth: Double = 1, dashed: Bool = false) {
        body.append("\n<polygon")
        points(list[...])
        attribute(" fill=\"", fill)
        attribute(" stroke=\"", stroke)
        attribute(" stroke-width=\"", strokeWidth)
        if dashed { body.append(" stroke-dasharray=\"4 2\"") }
        body.append("/>")
    }

    /// A polyline through the points of `list`, then `last` when given.
    mutating func polyline(_ list: ArraySlice<(Double, Double)>, then last: (Double, Double)? = nil, stroke: StaticString = "#000",
                           width: Double = 1) {
        body.append("\n<polyline")
        points(list, then: last)
        body.append(" fill=\"none\"")
        attribute(" stroke=\"", stroke)
        attribute(" stroke-width=\"", width)
        body.append("/>")
    }

    enum Anchor {
        case start, middle, end

        /// The `text-anchor` value.
        var keyword: StaticString {
            switch self {
            case .start: "start"
            case .middle: "middle"
            case .end: "end"
            }
        }
    }

    /// One line of text at a baseline. `halo` paints a white outline under the glyphs.
    mutating func text(_ content: String, x: Double, y: Double, size: Double = PageGeometry.bodyFontSize,
                       anchor: Anchor = .start, bold: Bool = false, italic: Bool = false,
                       color: StaticString = "#000", halo: Bool = false) {
        guard !content.isEmpty else { return }
        startText(x: x, y: y, size: size, anchor: anchor, bold: bold, italic: italic, color: color, halo: halo)
        XMLText.append(content, to: &body)
        body.append("</text>")
    }

    /// `text` with the content given as UTF-8; `plain`: known to need no escaping (`XMLText.isPlain`).
    mutating func text(utf8 content: Slice<UnsafeBufferPointer<UInt8>>, x: Double, y: Double, size: Double,
                       anchor: Anchor, bold: Bool, italic: Bool, color: StaticString, plain: Bool = false) {
        guard !content.isEmpty else { return }
        startText(x: x, y: y, size: size, anchor: anchor, bold: bold, italic: italic, color: color, halo: false)
        if plain { body.append(content) } else { XMLText.append(utf8: content, to: &body) }
        body.append("</text>")
    }

    /// The start tag of a text element.
    private mutating func startText(x: Double, y: Double, size: Double, anchor: Anchor, bold: Bool, italic: Bool,
                                    color: StaticString, halo: Bool) {
        body.append("\n<text")
        attribute(" x=\"", x)
        attribute(" y=\"", y)
        fontSize(size)
        if anchor != .start { attribute(" text-anchor=\"", anchor.keyword) }
        if bold { body.append(" font-weight=\"bold\"") }
        if italic { body.append(" font-style=\"italic\"") }
        if !Self.isBlack(color) { attribute(" fill=\"", color) }
        if halo { body.append(" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\"") }
        body.append(">")
    }

    /// ` font-size="size"`, the sizes the pages use written as literals.
    @inline(__always)
    private mutating func fontSize(_ size: Double) {
        switch size {
        case 9: body.append(" font-size=\"9\"")
        case 8: body.append(" font-size=\"8\"")
        case 8.5: body.append(" font-size=\"8.5\"")
        case 9.5: body.append(" font-size=\"9.5\"")
        case 12: body.append(" font-size=\"12\"")
        default: attribute(" font-size=\"", size)
        }
    }

    /// Wrapped lines starting with the first baseline at `top + size`, `PageGeometry.lineHeight` apart.
    mutating func lines(_ lines: WrappedLines, x: Double, top: Double, size: Double = PageGeometry.bodyFontSize,
                        anchor: Anchor = .start, bold: Bool = false, italic: Bool = false, color: StaticString = "#000") {
        self.lines(lines, 0..<lines.count, x: x, top: top, size: size, anchor: anchor, bold: bold, italic: italic, color: color)
    }

    /// `lines` of the lines `range` of `lines` (the first of them at `top + size`).
    mutating func lines(_ lines: WrappedLines, _ range: Range<Int>, x: Double, top: Double, size: Double = PageGeometry.bodyFontSize,
                        anchor: Anchor = .start, bold: Bool = false, italic: Bool = false, color: StaticString = "#000") {
        let plain = lines.isXMLPlain
        lines.utf8.withUnsafeBufferPointer { bytes in
            for i in range {
                text(utf8: bytes[lines.range(of: i)], x: x, y: top + size + Double(i - range.lowerBound) * PageGeometry.lineHeight,
                     size: size, anchor: anchor, bold: bold, italic: italic, color: color, plain: plain)
            }
        }
    }
}
