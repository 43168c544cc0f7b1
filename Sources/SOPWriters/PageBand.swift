/// The title band at the top of every printed page: document title, a subtitle line, "Halaman i dari n".
struct PageBand {
    var title: BandTitle
    /// The subtitle as fitted by `fittedSubtitle`.
    var subtitleLine: String
    var pageNumber: Int
    var pageCount: Int

    static let left = PageGeometry.marginX
    static let right = PageGeometry.width - PageGeometry.marginX

    /// `subtitle` fitted to the band's one subtitle line.
    static func fittedSubtitle(_ subtitle: String) -> String {
        TextWrapper.singleLine(subtitle, width: right - left, fontSize: 9.5)
    }

    func draw(on canvas: inout SVGCanvas) {
        let left = Self.left, right = Self.right
        let top = PageGeometry.bandTop
        // "Halaman i dari n", assembled in a stack buffer (only the page numbers pass through `String`).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            var count = 0
            func write(_ text: StaticString) {
                text.withUTF8Buffer { for byte in $0 { buffer[count] = byte; count += 1 } }
            }
            func write(_ number: Int) {
                let digits = String(number).utf8
                for byte in digits { buffer[count] = byte; count += 1 }
            }
            write("Halaman ")
            write(pageNumber)
            write(" dari ")
            write(pageCount)
            let pageText = UnsafeBufferPointer(buffer)[..<count]
            let pageWidth = TextMeasure.width(ems: TextMeasure.ems(utf8: pageText), fontSize: 9.5, bold: false) + 16
            canvas.text(title.line(width: right - left - pageWidth), x: left, y: top + 15, size: 12, bold: true)
            canvas.text(utf8: pageText, x: right, y: top + 15, size: 9.5, anchor: .end, bold: false, italic: false, color: "#000")
        }
        canvas.text(subtitleLine, x: left, y: top + 31, size: 9.5, color: "#333")
        canvas.line(left, top + PageGeometry.bandHeight - 2, right, top + PageGeometry.bandHeight - 2, stroke: "#888", width: 0.6)
    }
}

/// A document's title as the bands of its pages show it: one bold line, shortened with "…" when it
/// is too wide. The width left beside "Halaman i dari n" changes only with the digits of i and n, so
/// the pages of a document share one `BandTitle` and each width's line is fitted once.
final class BandTitle {
    let text: String
    /// The lines fitted so far, by width (a few: one per digit count of the page numbers).
    private var fitted: [(width: Double, line: String)] = []

    init(_ text: String) {
        self.text = text
    }

    /// `text` fitted to `width` as `TextWrapper.singleLine` fits it (12 px bold).
    func line(width: Double) -> String {
        if let known = fitted.first(where: { $0.width == width }) { return known.line }
        let line = TextWrapper.singleLine(text, width: width, fontSize: 12, bold: true)
        fitted.append((width, line))
        return line
    }
}
