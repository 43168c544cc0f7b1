/// The default report: one line per change, `+` added, `-` removed, `~` changed or renamed,
/// `>` moved, `#` renumbered, text edits as `[-old-]{+new+}` (or red/green on a terminal).
public struct TextDiffRenderer: Sendable {
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private static func symbol(_ kind: Change.Kind) -> String {
        switch kind {
        case .added: "+"
        case .removed: "-"
        case .changed, .renamed: "~"
        case .moved: ">"
        case .renumbered: "#"
        }
    }

    private func colorCode(_ kind: Change.Kind) -> String {
        switch kind {
        case .added: "32"
        case .removed: "31"
        case .changed, .renamed: "33"
        case .moved, .renumbered: "36"
        }
    }

    func words(_ edits: [WordEdit]) -> String {
        edits.map { edit in
            switch edit.operation {
            case .same: edit.text
            case .removed: color ? paint(edit.text, "31;9") : "[-\(edit.text)-]"
            case .added: color ? paint(edit.text, "32") : "{+\(edit.text)+}"
            }
        }.joined(separator: " ")
    }

    private func line(_ change: Change) -> String {
        let path = change.kind == .moved ? "\(change.oldPath ?? "?") → \(change.newPath ?? "?")" : change.path
        var text = "\(paint(Self.symbol(change.kind), colorCode(change.kind))) \(path): \(change.label)"
        if let detail = change.detail { text += ": " + detail }
        if let edits = change.words { text += (change.detail == nil ? ": " : " — ") + words(edits) }
        return text
    }

    public func render(_ diff: DocumentDiff) -> String {
        guard !diff.isEquivalent else { return "" }
        var lines = [paint("--- \(diff.oldName)", "1"), paint("+++ \(diff.newName)", "1")]
        for entry in ReportLine.lines(diff.changes) {
            switch entry {
            case .change(let change):
                lines.append(line(change))
            case .renumbering(let path, let first, let last):
                lines.append("\(paint("#", colorCode(.renumbered))) \(path): \(ReportLine.renumberingText(first: first, last: last))")
            }
        }
        for total in diff.procedureTotals where total.oldTotal != total.newTotal {
            lines.append("= \(total.newPath): total duration: \(total.oldTotal) → \(total.newTotal)")
        }
        lines.append(diff.changes.count == 1 ? "1 change" : "\(diff.changes.count) changes")
        return lines.joined(separator: "\n") + "\n"
    }
}
