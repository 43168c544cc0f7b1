import Foundation
import SOPModel

/// The flowchart pages of one document, laid out and drawn once (`DocumentRendering` shares them
/// between the SVG and the HTML renderings): per procedure with rows its measured table
/// (`FlowchartLayout`) split over pages, or one page saying there is no table when none has rows.
struct FlowchartDrawing {
    let pages: [PrintedPage]
    /// The document's title in the pages' bands (the HTML file's identity pages share it).
    let title: BandTitle

    /// `flows`: the procedures' swimlanes and branches when already worked out, one per procedure in
    /// order; a list of another length is a caller's mistake and stops the program.
    init(_ document: Document, flows: [ProcedureFlow]? = nil) {
        if let flows {
            precondition(flows.count == document.procedures.count,
                         "FlowchartDrawing: \(flows.count) flows for \(document.procedures.count) procedures")
        }
        let layouts = Self.layouts(document, flows: flows)
        let title = BandTitle(document.displayTitle)
        self.title = title
        let number = document.metadata.number.map { "Nomor SOP: \($0)" }
        guard !layouts.isEmpty else {
            var canvas = SVGCanvas()
            canvas.text("Dokumen ini tidak memuat tabel prosedur yang dapat digambar.", x: PageGeometry.width / 2,
                        y: PageGeometry.height / 2, size: 12, anchor: .middle, italic: true, color: "#555")
            pages = [PrintedPage(title: title, subtitle: number ?? "", drawing: canvas.finish())]
            return
        }
        var pages: [PrintedPage] = []
        var connectorCounter = 0
        for (procedureIndex, layout) in layouts.enumerated() {
            let plan = OffPageConnectorPlan(layout, next: &connectorCounter)
            let header = FlowchartPageRenderer.header(of: layout)
            let name = layout.procedure.title.flatMap { Self.equalIgnoringCase($0, title.text) ? nil : $0 }
                ?? (layouts.count > 1 ? "Prosedur \(procedureIndex + 1)" : nil)
            for pageIndex in layout.pages.indices {
                let parts = [number, name, pageIndex > 0 ? "(lanjutan)" : nil].compactMap { $0 }
                let drawing = FlowchartPageRenderer(layout: layout, connectors: plan, pageIndex: pageIndex, header: header).render().finish()
                pages.append(PrintedPage(title: title, subtitle: parts.joined(separator: " · "), drawing: drawing))
            }
        }
        self.pages = pages
    }

    /// Whether two titles are equal ignoring case, as `caseInsensitiveCompare` finds them: byte by
    /// byte for ASCII text (where it folds only A–Z), through Foundation otherwise.
    static func equalIgnoringCase(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.allSatisfy({ $0 < 0x80 }), y.allSatisfy({ $0 < 0x80 }) else {
            return a.caseInsensitiveCompare(b) == .orderedSame
        }
        func folded(_ byte: UInt8) -> UInt8 { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte }
        return x.count == y.count && zip(x, y).allSatisfy { folded($0) == folded($1) }
    }

    /// How many pages the document's flowchart takes, without drawing them: the paginator's plan.
    static func pageCount(_ document: Document) -> Int {
        max(1, layouts(document).map(\.pages.count).reduce(0, +))
    }

    /// The measured tables of the procedures that have rows; `flows`, when given, has one per procedure
    /// (the initializer's precondition).
    private static func layouts(_ document: Document, flows: [ProcedureFlow]? = nil) -> [FlowchartLayout] {
        document.procedures.indices.map { index in
            let procedure = document.procedures[index]
            return FlowchartLayout(procedure, flow: flows?[index] ?? ProcedureFlow(procedure))
        }.filter { !$0.pages.isEmpty }
    }
}
