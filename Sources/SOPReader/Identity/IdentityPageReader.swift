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
    /// Lines of side-by-side sections that arrived without a column separator (OCR), to be de-interleaved.
    var interleaved: [InterleavedBlock] = []
    var diagnostics: [Diagnostic] = []
}

/// Side-by-side sections whose lines carry both columns with nothing to tell them apart.
struct InterleavedBlock: Equatable {
    var kinds: [SectionKind]
    var lines: [Fragment]
}

/// Walks the identity-page lines (everything outside procedure tables and the closing signature):
/// letterhead until the first label, then fields and sections. Side-by-side sections (two labels on one
/// line) take their content cell by cell; when a line has no cells, or the labels stood one under the
/// other with nothing between them (the columns of an OCR page), the lines are kept for the
/// `ColumnDeinterleaver`. A line that fits nowhere becomes an `unplaced-text` diagnostic.
enum IdentityPageReader {
    static func read(_ lines: [SourceLine]) -> IdentityPage {
        var page = IdentityPage()
        // Room for every field and section at once: the tables are not regrown label by label.
        page.fields.reserveCapacity(IdentityField.allCases.count)
        page.sectionLines.reserveCapacity(SectionKind.allCases.count)
        page.sections.reserveCapacity(SectionKind.allCases.count)
        var seenLabel = false
        var active: [SectionKind] = []
        var labelsWithoutContent = false
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
                    let kinds = headings.map(\.kind)
                    active = labelsWithoutContent ? active + kinds.filter { !active.contains($0) } : kinds
                    labelsWithoutContent = headings.allSatisfy { $0.inlineContent == nil }
                    if active.count > 1 { page.interleaved.append(InterleavedBlock(kinds: active, lines: [])) }
                    for heading in headings {
                        if page.sectionLines[heading.kind] == nil { page.sectionLines[heading.kind] = line.number }
                        if let inline = heading.inlineContent {
                            page.sections[heading.kind, default: []].append(Fragment(text: inline, line: line.number))
                        }
                    }
                }
                if case .field = label { labelsWithoutContent = false }
                continue
            }
            labelsWithoutContent = false
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
        if active.count == 1, !ASCIIText.contains(UInt8(ascii: "\t"), in: line.text) {
            page.sections[active[0], default: []].append(Fragment(text: TextCleaning.trimSpaces(line.text), line: line.number))
            return
        }
        let cells = LabelLineMatcher.trimmedTabCells(of: line.text)
        if active.count == 1 {
            let text = cells.filter { !$0.isEmpty }.joined(separator: " ")
            page.sections[active[0], default: []].append(Fragment(text: text, line: line.number))
            return
        }
        if cells.count == 1, !page.interleaved.isEmpty {
            page.interleaved[page.interleaved.count - 1].lines.append(Fragment(text: TextCleaning.clean(line.text), line: line.number))
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
        let shown = text.dropFirst(80).isEmpty ? text : String(text.prefix(77)) + "…"
        return Diagnostic(.warning, "unplaced-text", "text \(why): \"\(shown)\"", at: line.location())
    }
}
