import SOPModel

/// The official SOP AP flowchart as printed, drawn natively (no Graphviz): per procedure a table
/// No | Kegiatan | actors | Kelengkapan | Waktu | Output | Keterangan on A4 landscape pages with the
/// header repeated, each step's symbol in its actor's column and pentagon connectors where the flow
/// crosses a page. `bytes` stacks the pages in one SVG; `pages` gives each page as its own document.
public struct SVGFlowchartWriter: Writer {
    public init() {}

    public var fileExtension: String { "svg" }

    /// Vertical gap between stacked pages in the single-file rendering.
    static let pageGap = 24.0

    public func bytes(_ rendering: DocumentRendering) throws -> [UInt8] {
        let pages = rendering.flowchart.pages
        let step = PageGeometry.height + Self.pageGap
        let height = Double(pages.count) * step - Self.pageGap
        var file = RenderedFile(capacity: pages.reduce(2048) { $0 + $1.drawing.count + 2048 })
        file.text.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"297mm\" height=\"")
        SVGCanvas.appendNumber(height / PageGeometry.height * 210, to: &file.text)
        file.text.append("mm\" viewBox=\"0 0 ")
        SVGCanvas.appendNumber(PageGeometry.width, to: &file.text)
        file.text.append(UInt8(ascii: " "))
        SVGCanvas.appendNumber(height, to: &file.text)
        file.text.append("\" font-family=\"")
        file.text.append(contentsOf: PageGeometry.fontFamily)
        file.text.append("\">\n<rect width=\"100%\" height=\"100%\" fill=\"#d0d0d0\"/>")
        for (index, page) in pages.enumerated() {
            file.text.append(UInt8(ascii: "\n"))
            page.appendNested(number: index + 1, of: pages.count, y: Double(index) * step, to: &file)
        }
        file.text.append("\n</svg>\n")
        return file.finish()
    }

    /// Each flowchart page as a standalone SVG document. Pages are numbered from `firstPageNumber`
    /// out of `pageCount` (default: this writer's own page count).
    public func pages(_ document: Document, firstPageNumber: Int = 1, pageCount: Int? = nil) -> [String] {
        let pages = FlowchartDrawing(document).pages
        return pages.enumerated().map { index, page in
            var file = RenderedFile(capacity: page.drawing.count + 2048)
            page.appendDocument(number: firstPageNumber + index, of: pageCount ?? pages.count, to: &file)
            return String(decoding: file.finish(), as: UTF8.self)
        }
    }

    /// How many pages `pages` and `bytes` produce: the paginator's plan.
    public func pageCount(_ document: Document) -> Int {
        FlowchartDrawing.pageCount(document)
    }
}
