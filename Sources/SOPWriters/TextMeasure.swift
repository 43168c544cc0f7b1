/// Estimated advance widths of text set in DejaVu Sans (the font the SVG asks for first): the
/// font's own widths for ASCII, in ems, plus 3 % so wrapped text stays inside its cell.
enum TextMeasure {
    static func width(of text: some StringProtocol, fontSize: Double, bold: Bool = false) -> Double {
        var text = String(text)
        return width(ems: text.withUTF8 { ems(utf8: $0[...]) }, fontSize: fontSize, bold: bold)
    }

    /// The width of text whose advances add up to `ems`.
    @inline(__always)
    static func width(ems: Double, fontSize: Double, bold: Bool) -> Double {
        ems * fontSize * (bold ? 1.12 : 1.0) * 1.03
    }

    /// The advances of the scalars of valid UTF-8, added in order: by table while the bytes are
    /// ASCII, decoded scalar by scalar from the start when they are not.
    static func ems(utf8 bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Double {
        var ems = 0.0
        for byte in bytes {
            guard byte < 0x80 else { return scalarEms(bytes) }
            ems += asciiAdvances[Int(byte)]
        }
        return ems
    }

    private static func scalarEms(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Double {
        var ems = 0.0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) { ems += advance(scalar) }
        return ems
    }

    private static let lowercase: [Double] = [0.613, 0.635, 0.550, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974,
                                              0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525]
    private static let uppercase: [Double] = [0.684, 0.686, 0.698, 0.770, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863,
                                              0.748, 0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685]

    /// The advance of an ASCII byte's scalar.
    @inline(__always)
    static func asciiAdvance(_ byte: UInt8) -> Double { asciiAdvances[Int(byte & 0x7F)] }

    /// Lends `body` the advance of each ASCII byte that can be in a word, indexed by the byte
    /// (0–127), and -1 for the whitespace bytes that end words, for loops that split and measure as
    /// they scan.
    static func withASCIIWordAdvances<R>(_ body: (UnsafeBufferPointer<Double>) -> R) -> R {
        asciiWordAdvances.withUnsafeBufferPointer(body)
    }

    /// `asciiAdvances`, with -1 for the ASCII whitespace bytes.
    private static let asciiWordAdvances: [Double] = (0..<128).map {
        WordSplitter.isASCIIWhitespace(UInt8($0)) ? -1 : asciiAdvances[$0]
    }

    /// `advance` of each ASCII scalar, looked up by byte.
    private static let asciiAdvances: [Double] = (0..<128).map { advance(Unicode.Scalar(UInt8($0))) }

    static func advance(_ scalar: Unicode.Scalar) -> Double {
        let v = scalar.value
        switch scalar {
        case "a"..."z": return lowercase[Int(v - 97)]
        case "A"..."Z": return uppercase[Int(v - 65)]
        case "0"..."9": return 0.636
        case " ", ".", ",": return 0.318
        case ":", ";", "/", "\\": return 0.337
        case "'", "|", "!": return 0.4
        case "-", "(", ")", "[", "]", "{", "}": return 0.39
        case "\"", "*": return 0.5
        case "%", "@", "&", "—", "…": return 1.0
        default: return v < 0x2E80 ? 0.8 : 1.05
        }
    }
}
