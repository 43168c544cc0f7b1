import SOPModel

/// One self-contained printable HTML file: the identity pages, then the flowchart pages, each an
/// inline A4-landscape SVG, with print CSS (A4 landscape, no margins, one page per sheet).
public struct HTMLWriter: Writer {
    public init() {}

    public var fileExtension: String { "html" }

    /// The number of printed pages the file holds (identity pages plus flowchart pages).
    public func pageCount(_ document: Document) -> Int {
        IdentityPages(document).pageCount + FlowchartDrawing.pageCount(document)
    }

    /// The head of the file up to `<body>`, after the title.
    private static let head: StaticString = """
        </title>
        <style>
        @page { size: A4 landscape; margin: 0; }
        html, body { margin: 0; padding: 0; }
        body { background: #d0d0d0; }
        .page { width: 297mm; height: 210mm; margin: 6mm auto; background: #fff; overflow: hidden; page-break-after: always; break-after: page; }
        .page:last-child { page-break-after: auto; break-after: auto; }
        .page svg { display: block; width: 297mm; height: 210mm; }
        @media print { body { background: none; } .page { margin: 0; } }
        </style>
        </head>
        <body>
        """

    public func bytes(_ rendering: DocumentRendering) throws -> [UInt8] {
        let document = rendering.document
        let flowchart = rendering.flowchart
        let pages = IdentityPages(document).pages(title: flowchart.title) + flowchart.pages
        var file = RenderedFile(capacity: pages.reduce(4096) { $0 + $1.drawing.count + 2048 })
        file.text.append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        XMLText.append(flowchart.title.text, to: &file.text)
        file.text.append(Self.head)
        for (index, page) in pages.enumerated() {
            file.text.append("\n<section class=\"page\" id=\"page-")
            file.text.append(decimal: index + 1)
            file.text.append("\">\n")
            page.appendDocument(number: index + 1, of: pages.count, to: &file)
            file.text.append("\n</section>")
        }
        file.text.append("\n</body>\n</html>\n")
        return file.finish()
    }
}
