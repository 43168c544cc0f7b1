/// A4 landscape in CSS pixels (96 per inch) and the fixed bands of every printed page.
enum PageGeometry {
    static let width = 1123.0
    static let height = 794.0
    static let marginX = 24.0
    static let marginBottom = 22.0
    /// The title band (document title, procedure, page number) at the top of every page.
    static let bandTop = 18.0
    static let bandHeight = 40.0
    static var contentTop: Double { bandTop + bandHeight + 4 }
    static var contentWidth: Double { width - 2 * marginX }
    static var contentBottom: Double { height - marginBottom }

    static let fontFamily = "DejaVu Sans, Verdana, sans-serif"
    static let bodyFontSize = 9.0
    static let lineHeight = 11.0
    static let cellPadding = 4.0
}
