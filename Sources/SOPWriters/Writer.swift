import SOPModel

/// Turns a document into one text rendering (JSON, Markdown, DOT, SVG, HTML). Writers read only the model.
public protocol Writer: Sendable {
    /// The file extension of this rendering, without the dot ("md", "svg").
    var fileExtension: String { get }
    /// The whole rendering of `document`; the same document always gives the same bytes.
    func write(_ document: Document) throws -> String
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
