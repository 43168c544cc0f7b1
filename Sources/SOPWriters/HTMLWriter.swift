import SOPModel

/// One self-contained printable HTML file: the identity pages, then the flowchart pages, each an
/// inline A4-landscape SVG, with print CSS (A4 landscape, no margins, one page per sheet).
public struct HTMLWriter: Writer {
    public init() {}

    public var fileExtension: String { "html" }

    /// The number of printed pages the file holds (identity pages plus flowchart pages).
    public func pageCount(_ document: Document) -> Int {
        IdentityPages(document).pageCount + SVGFlowchartWriter().pageCount(document)
    }

    public func write(_ document: Document) throws -> String {
        let identity = IdentityPages(document)
        let flowchart = SVGFlowchartWriter()
        let total = identity.pageCount + flowchart.pageCount(document)
        let pages = identity.canvases(firstPageNumber: 1, pageCount: total).map { $0.document() }
            + flowchart.pages(document, firstPageNumber: identity.pageCount + 1, pageCount: total)
        let title = document.displayTitle
        var out = [
            "<!DOCTYPE html>",
            "<html lang=\"id\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<title>\(XMLText.escape(title))</title>",
            "<style>",
            "@page { size: A4 landscape; margin: 0; }",
            "html, body { margin: 0; padding: 0; }",
            "body { background: #d0d0d0; }",
            ".page { width: 297mm; height: 210mm; margin: 6mm auto; background: #fff; overflow: hidden; page-break-after: always; break-after: page; }",
            ".page:last-child { page-break-after: auto; break-after: auto; }",
            ".page svg { display: block; width: 297mm; height: 210mm; }",
            "@media print { body { background: none; } .page { margin: 0; } }",
            "</style>",
            "</head>",
            "<body>",
        ]
        for (index, page) in pages.enumerated() {
            out.append("<section class=\"page\" id=\"page-\(index + 1)\">")
            out.append(page)
            out.append("</section>")
        }
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }
}
