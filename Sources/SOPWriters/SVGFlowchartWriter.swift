import SOPModel

/// The official SOP AP flowchart as printed, drawn natively (no Graphviz): per procedure a table
/// No | Kegiatan | actors | Kelengkapan | Waktu | Output | Keterangan on A4 landscape pages with the
/// header repeated, each step's symbol in its actor's column and pentagon connectors where the flow
/// crosses a page. `write` stacks the pages in one SVG; `pages` gives each page as its own document.
public struct SVGFlowchartWriter: Writer {
    public init() {}

    public var fileExtension: String { "svg" }

    /// Vertical gap between stacked pages in the single-file rendering.
    static let pageGap = 24.0

    public func write(_ document: Document) throws -> String {
        let canvases = pageCanvases(document, layouts: Self.layouts(document), firstPageNumber: 1, pageCount: nil)
        let step = PageGeometry.height + Self.pageGap
        let height = Double(canvases.count) * step - Self.pageGap
        var out: [UInt8] = []
        out.reserveCapacity(canvases.reduce(1024) { $0 + $1.body.count + 512 })
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"297mm\" height=\"")
        SVGCanvas.appendNumber(height / PageGeometry.height * 210, to: &out)
        out.append("mm\" viewBox=\"0 0 ")
        SVGCanvas.appendNumber(PageGeometry.width, to: &out)
        out.append(UInt8(ascii: " "))
        SVGCanvas.appendNumber(height, to: &out)
        out.append("\" font-family=\"")
        out.append(contentsOf: PageGeometry.fontFamily.utf8)
        out.append("\">\n<rect width=\"100%\" height=\"100%\" fill=\"#d0d0d0\"/>")
        for (index, canvas) in canvases.enumerated() {
            out.append(UInt8(ascii: "\n"))
            canvas.appendNested(to: &out, y: Double(index) * step, id: "page-\(index + 1)")
        }
        out.append("\n</svg>\n")
        return String(decoding: out, as: UTF8.self)
    }

    /// Each flowchart page as a standalone SVG document. Pages are numbered from `firstPageNumber`
    /// out of `pageCount` (default: this writer's own page count).
    public func pages(_ document: Document, firstPageNumber: Int = 1, pageCount: Int? = nil) -> [String] {
        pageCanvases(document, layouts: Self.layouts(document), firstPageNumber: firstPageNumber, pageCount: pageCount)
            .map { $0.document() }
    }

    /// How many pages `pages` and `write` produce: the paginator's plan.
    public func pageCount(_ document: Document) -> Int {
        Self.pageCount(Self.layouts(document))
    }

    /// The measured tables of the procedures that have rows.
    static func layouts(_ document: Document) -> [FlowchartLayout] {
        document.procedures.map(FlowchartLayout.init).filter { !$0.pages.isEmpty }
    }

    /// The pages the layouts fill (one page saying there is no table when there are none).
    static func pageCount(_ layouts: [FlowchartLayout]) -> Int {
        max(1, layouts.map(\.pages.count).reduce(0, +))
    }

    /// The pages of `layouts` (this document's `layouts(document)`), numbered from `firstPageNumber`.
    func pageCanvases(_ document: Document, layouts: [FlowchartLayout], firstPageNumber: Int, pageCount: Int?) -> [SVGCanvas] {
        let total = pageCount ?? Self.pageCount(layouts)
        let title = document.displayTitle
        let number = document.metadata.number.map { "Nomor SOP: \($0)" }
        guard !layouts.isEmpty else {
            var canvas = SVGCanvas()
            PageBand(title: title, subtitle: number ?? "", pageNumber: firstPageNumber, pageCount: total).draw(on: &canvas)
            canvas.text("Dokumen ini tidak memuat tabel prosedur yang dapat digambar.", x: PageGeometry.width / 2,
                        y: PageGeometry.height / 2, size: 12, anchor: .middle, italic: true, color: "#555")
            return [canvas]
        }
        var canvases: [SVGCanvas] = []
        var connectorCounter = 0
        for (procedureIndex, layout) in layouts.enumerated() {
            let plan = OffPageConnectorPlan(layout, next: &connectorCounter)
            let name = layout.procedure.title.flatMap { $0.caseInsensitiveCompare(title) == .orderedSame ? nil : $0 }
                ?? (layouts.count > 1 ? "Prosedur \(procedureIndex + 1)" : nil)
            for pageIndex in layout.pages.indices {
                let parts = [number, name, pageIndex > 0 ? "(lanjutan)" : nil].compactMap { $0 }
                let band = PageBand(title: title, subtitle: parts.joined(separator: " · "),
                                    pageNumber: firstPageNumber + canvases.count, pageCount: total)
                canvases.append(FlowchartPageRenderer(layout: layout, connectors: plan, pageIndex: pageIndex, band: band).render())
            }
        }
        return canvases
    }
}
