/// The report formats of `sopc diff --format`.
public enum DiffFormat: String, CaseIterable, Sendable {
    case text, markdown, json

    /// The report; `color` applies to `text` only.
    public func render(_ diff: DocumentDiff, color: Bool) throws -> String {
        switch self {
        case .text: TextDiffRenderer(color: color).render(diff)
        case .markdown: MarkdownDiffRenderer.render(diff)
        case .json: try JSONDiffRenderer.render(diff)
        }
    }
}
