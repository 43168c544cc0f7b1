/// The title band at the top of every printed page: document title, a subtitle line, "Halaman i dari n".
struct PageBand {
    var title: String
    var subtitle: String
    var pageNumber: Int
    var pageCount: Int

    func draw(on canvas: inout SVGCanvas) {
        let left = PageGeometry.marginX, right = PageGeometry.width - PageGeometry.marginX
        let pageText = "Halaman \(pageNumber) dari \(pageCount)"
        let pageWidth = TextMeasure.width(of: pageText, fontSize: 9.5) + 16
        let top = PageGeometry.bandTop
        canvas.text(TextWrapper.singleLine(title, width: right - left - pageWidth, fontSize: 12, bold: true),
                    x: left, y: top + 15, size: 12, bold: true)
        canvas.text(pageText, x: right, y: top + 15, size: 9.5, anchor: .end)
        canvas.text(TextWrapper.singleLine(subtitle, width: right - left, fontSize: 9.5),
                    x: left, y: top + 31, size: 9.5, color: "#333")
        canvas.line(left, top + PageGeometry.bandHeight - 2, right, top + PageGeometry.bandHeight - 2, stroke: "#888", width: 0.6)
    }
}
