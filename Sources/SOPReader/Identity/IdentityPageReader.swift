import Foundation
import SOPModel

/// What the identity page says, still as text: letterhead lines, raw field values and section fragments.
struct IdentityPage {
    struct FieldValue: Equatable {
        var raw: String
        var line: Int
    }

    var organization: [String] = []
    var address: [String] = []
    var fields: [IdentityField: FieldValue] = [:]
    /// Section label line numbers, in the order the sections appeared.
    var sectionLines: [SectionKind: Int] = [:]
    var sections: [SectionKind: [Fragment]] = [:]
    var diagnostics: [Diagnostic] = []
}

/// Walks the identity-page lines (everything outside procedure tables and the closing signature):
/// letterhead until the first label, then fields and sections. Side-by-side sections (two labels on one
/// line) take their content cell by cell. A line that fits nowhere becomes an `unplaced-text` diagnostic.
enum IdentityPageReader {
    static func read(_ lines: [SourceLine]) -> IdentityPage {
        var page = IdentityPage()
        var seenLabel = false
        var active: [SectionKind] = []
        for line in lines where !line.isBlank {
            if let label = LabelLineMatcher.match(line) {
                seenLabel = true
                switch label {
                case .field(let field, let value):
                    active = []
                    if let earlier = page.fields[field] {
                        page.diagnostics.append(Diagnostic(.warning, "duplicate-field",
                            "\(field.rawValue) given again (first on line \(earlier.line)); the first is kept: \(TextCleaning.clean(value))",
                            at: line.location()))
                    } else {
                        page.fields[field] = IdentityPage.FieldValue(raw: value, line: line.number)
                    }
                case .sections(let headings):
                    active = headings.map(\.kind)
                    for heading in headings {
                        if page.sectionLines[heading.kind] == nil { page.sectionLines[heading.kind] = line.number }
                        if let inline = heading.inlineContent {
                            page.sections[heading.kind, default: []].append(Fragment(text: inline, line: line.number))
                        }
                    }
                }
                continue
            }
            if !seenLabel {
                readLetterhead(line, into: &page)
            } else if active.isEmpty {
                page.diagnostics.append(unplaced(line, "after the identity fields, outside any section"))
            } else {
                distribute(line, over: active, into: &page)
            }
        }
        return page
    }

    /// One section: the whole line. Side by side: cell i belongs to section i (extra cells to the last).
    private static func distribute(_ line: SourceLine, over active: [SectionKind], into page: inout IdentityPage) {
        let cells = line.tabCells.map { $0.text.trimmingCharacters(in: .whitespaces) }
        if active.count == 1 || cells.count == 1 {
            let text = cells.filter { !$0.isEmpty }.joined(separator: " ")
            page.sections[active[0], default: []].append(Fragment(text: text, line: line.number))
            return
        }
        for (index, cell) in cells.enumerated() where !cell.isEmpty {
            let kind = active[min(index, active.count - 1)]
            page.sections[kind, default: []].append(Fragment(text: cell, line: line.number))
        }
    }

    private static func readLetterhead(_ line: SourceLine, into page: inout IdentityPage) {
        let text = TextCleaning.clean(line.text)
        guard !text.isEmpty else { return }
        switch LetterheadClassifier.classify(text) {
        case .organization: page.organization.append(text)
        case .address: page.address.append(text)
        case .other: page.diagnostics.append(unplaced(line, "above the identity fields, neither letterhead nor address"))
        }
    }

    static func unplaced(_ line: SourceLine, _ why: String) -> Diagnostic {
        let text = TextCleaning.clean(line.text)
        let shown = text.count > 80 ? String(text.prefix(77)) + "…" : text
        return Diagnostic(.warning, "unplaced-text", "text \(why): \"\(shown)\"", at: line.location())
    }
}
