import SOPModel

/// Turns a document into one rendering (JSON, Markdown, DOT, SVG, HTML) as UTF-8 bytes. Writers read
/// only the model, and what `DocumentRendering` has drawn for it once.
public protocol Writer: Sendable {
    /// The file extension of this rendering, without the dot ("md", "svg").
    var fileExtension: String { get }
    /// The whole rendering of `rendering.document` as UTF-8; the same document always gives the same bytes.
    func bytes(_ rendering: DocumentRendering) throws -> [UInt8]
}

extension Writer {
    /// The whole rendering of `document` as UTF-8.
    public func bytes(_ document: Document) throws -> [UInt8] {
        try bytes(DocumentRendering(document))
    }

    /// The whole rendering of `document` as text, for callers that want a String.
    public func write(_ document: Document) throws -> String {
        String(decoding: try bytes(document), as: UTF8.self)
    }
}

/// One document being rendered in one or more formats: the model, and the flowchart pages the SVG
/// and HTML renderings share, drawn on first use. Use one per document and thread.
public final class DocumentRendering {
    public let document: Document

    public init(_ document: Document) {
        self.document = document
    }

    /// Each procedure's swimlanes and branches, shared by the DOT graph and the flowchart.
    private(set) lazy var flows = document.procedures.map(ProcedureFlow.init)

    /// The flowchart pages, without their page bands.
    private(set) lazy var flowchart = FlowchartDrawing(document, flows: flows)
}

/// The writer registry: one entry per `--to` format name, like pandoc's table of writers.
public enum Writers {
    public static let all: [String: any Writer] = [
        "json": JSONWriter(),
        "markdown": MarkdownWriter(),
        "dot": DOTWriter(),
        "svg": SVGFlowchartWriter(),
        "html": HTMLWriter(),
    ]

    /// The format names, sorted.
    public static var names: [String] { all.keys.sorted() }

    /// The writer for a format name, accepting the file extension as an alias ("md" for "markdown").
    public static func writer(named name: String) -> (any Writer)? {
        let key = name.lowercased()
        return all[key] ?? all.values.first { $0.fileExtension == key }
    }
}
