/// Estimated advance widths of text set in DejaVu Sans (the font the SVG asks for first), in ems.
/// The estimates err on the wide side so wrapped text stays inside its cell in any sans font.
enum TextMeasure {
    static func width(of text: some StringProtocol, fontSize: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars { ems += advance(scalar) }
        return ems * fontSize * (bold ? 1.1 : 1.0)
    }

    static func advance(_ scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case " ", ".", ",", ":", ";", "'", "|", "!", "i", "j", "l", "I", "J": 0.33
        case "t", "f", "r", "(", ")", "[", "]", "/", "-", "\"": 0.42
        case "m", "w", "M", "W", "%", "@": 1.0
        case "a"..."z": 0.64
        case "A"..."Z", "0"..."9": 0.78
        default: scalar.value < 0x2E80 ? 0.8 : 1.05
        }
    }
}
