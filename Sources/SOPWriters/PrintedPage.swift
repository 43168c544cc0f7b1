import SOPModel

/// One printed A4-landscape page: the text of its title band and the drawing below the band. The
/// band's "Halaman i dari n" depends on the file the page is printed in (the SVG file numbers only
/// the flowchart pages, the HTML file the identity pages too), so it is drawn as the page is written.
struct PrintedPage {
    /// The document's title, shared by its pages.
    var title: BandTitle
    /// The subtitle, fitted to its line once (`PageBand.fittedSubtitle`).
    var subtitleLine: String
    /// The SVG elements below the band (`SVGCanvas.finish()`).
    var drawing: Drawing

    init(title: BandTitle, subtitle: String, drawing: Drawing) {
        self.title = title
        subtitleLine = PageBand.fittedSubtitle(subtitle)
        self.drawing = drawing
    }

    /// Appends the page as a standalone SVG document, page `number` of `count` (no final line feed).
    func appendDocument(number: Int, of count: Int, to file: inout RenderedFile) {
        file.text.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"297mm\" height=\"210mm\" viewBox=\"0 0 ")
        SVGCanvas.appendNumber(PageGeometry.width, to: &file.text)
        file.text.append(" ")
        SVGCanvas.appendNumber(PageGeometry.height, to: &file.text)
        file.text.append("\" font-family=\"")
        file.text.append(contentsOf: PageGeometry.fontFamily)
        file.text.append("\">\n")
        appendContent(number: number, of: count, to: &file)
        file.text.append("\n</svg>")
    }

    /// Appends the page nested in a taller SVG, `y` pixels from its top, with the element id
    /// "page-`number`" (no final line feed).
    func appendNested(number: Int, of count: Int, y: Double, to file: inout RenderedFile) {
        file.text.append("<svg id=\"page-")
        file.text.append(decimal: number)
        file.text.append("\" x=\"0\" y=\"")
        SVGCanvas.appendNumber(y, to: &file.text)
        file.text.append("\" width=\"")
        SVGCanvas.appendNumber(PageGeometry.width, to: &file.text)
        file.text.append("\" height=\"")
        SVGCanvas.appendNumber(PageGeometry.height, to: &file.text)
        file.text.append("\" viewBox=\"0 0 ")
        SVGCanvas.appendNumber(PageGeometry.width, to: &file.text)
        file.text.append(" ")
        SVGCanvas.appendNumber(PageGeometry.height, to: &file.text)
        file.text.append("\">\n")
        appendContent(number: number, of: count, to: &file)
        file.text.append("\n</svg>")
    }

    /// The white page, the band and the drawing.
    private func appendContent(number: Int, of count: Int, to file: inout RenderedFile) {
        file.text.append("<rect width=\"")
        SVGCanvas.appendNumber(PageGeometry.width, to: &file.text)
        file.text.append("\" height=\"")
        SVGCanvas.appendNumber(PageGeometry.height, to: &file.text)
        file.text.append("\" fill=\"#fff\"/>")
        var band = SVGCanvas(capacity: 1024)
        PageBand(title: title, subtitleLine: subtitleLine, pageNumber: number, pageCount: count).draw(on: &band)
        file.text.append(band.body)
        file.append(drawing: drawing)
    }
}
