/// A report for a review comment: a bullet per change, text edits as ~~old~~ **new**.
public enum MarkdownDiffRenderer {
    /// Backslash-escapes the characters Markdown would read as markup.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_~[]<>|#".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    static func words(_ edits: [WordEdit]) -> String {
        edits.map { edit in
            switch edit.operation {
            case .same: escape(edit.text)
            case .removed: "~~\(escape(edit.text))~~"
            case .added: "**\(escape(edit.text))**"
            }
        }.joined(separator: " ")
    }

    private static func item(_ change: Change) -> String {
        var text = "- **\(change.kind.rawValue)** \(escape(change.label))"
        if let detail = change.detail { text += ": " + escape(detail) }
        if let edits = change.words { text += (change.detail == nil ? ": " : " — ") + words(edits) }
        return text + " `\(change.path)`"
    }

    public static func render(_ diff: DocumentDiff) -> String {
        let names = "`\(diff.oldName)` → `\(diff.newName)`"
        guard !diff.isEquivalent else { return "No changes: \(names)\n" }
        var lines = ["### SOP changes: \(names)", ""]
        for entry in ReportLine.lines(diff.changes) {
            switch entry {
            case .change(let change):
                lines.append(item(change))
            case .renumbering(let path, let first, let last):
                lines.append("- **renumbered** \(ReportLine.renumberingText(first: first, last: last)) `\(path)`")
            }
        }
        let totals = diff.procedureTotals.filter { $0.oldTotal != $0.newTotal }
        if !totals.isEmpty { lines.append("") }
        for total in totals {
            lines.append("Total duration of \(escape(total.title ?? total.newPath)): \(escape(total.oldTotal)) → \(escape(total.newTotal))")
        }
        lines += ["", diff.changes.count == 1 ? "1 change." : "\(diff.changes.count) changes."]
        return lines.joined(separator: "\n") + "\n"
    }
}
