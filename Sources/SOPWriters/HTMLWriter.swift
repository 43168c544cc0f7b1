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
        var out = ByteBuffer(capacity: pages.reduce(2048) { $0 + $1.drawing.count + 1024 })
        out.append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        XMLText.append(flowchart.title.text, to: &out)
        out.append(Self.head)
        for (index, page) in pages.enumerated() {
            out.append("\n<section class=\"page\" id=\"page-")
            out.append(decimal: index + 1)
            out.append("\">\n")
            page.appendDocument(number: index + 1, of: pages.count, to: &out)
            out.append("\n</section>")
        }
        out.append("\n</body>\n</html>\n")
        return out.finish()
    }
}
