import Foundation
import SOPModel

/// Turns the identity page's raw text into model fields: metadata values, legal basis entries,
/// section lists and definitions, with a diagnostic for every value it cannot use.
enum IdentityAssembler {
    static func apply(_ page: IdentityPage, to document: inout Document) {
        var diagnostics = page.diagnostics
        document.organization = page.organization
        document.address = page.address.isEmpty ? nil : page.address.joined(separator: " ")
        applyFields(page, to: &document.metadata, diagnostics: &diagnostics)
        var fragments = page.sections
        for block in page.interleaved {
            for (kind, pieces) in ColumnDeinterleaver.split(block.lines, into: block.kinds) {
                fragments[kind, default: []].append(contentsOf: pieces)
            }
        }

        for kind in SectionKind.allCases {
            guard let labelLine = page.sectionLines[kind] else { continue }
            let items = ListItemParser.items(from: inLineOrder(fragments[kind] ?? []))
            if items.isEmpty {
                diagnostics.append(Diagnostic(.note, "empty-section", "\(kind.displayName) has no content",
                                              at: SourceLocation(line: labelLine)))
            }
            let texts = items.map(\.text)
            switch kind {
            case .legalBasis:
                document.legalBasis = items.map { LegalBasisParser.parse($0.text, line: $0.line) }
                for item in items where LegalBasisParser.isTooLong(item.text) {
                    diagnostics.append(Diagnostic(.warning, "legal-basis-unread",
                        "Dasar Hukum item of \(item.text.utf8.count) bytes is too long to be a citation; kept as text only",
                        at: SourceLocation(line: item.line)))
                }
            case .summary: document.summary = texts.isEmpty ? nil : texts.joined(separator: " ")
            case .purpose: document.purpose = texts
            case .qualifications: document.qualifications = texts
            case .relatedSops: document.relatedSops = texts
            case .equipment: document.equipment = texts
            case .warnings: document.warnings = texts
            case .records: document.records = texts
            case .definitions:
                for item in items {
                    if let definition = DefinitionSplitter.split(item.text) {
                        document.definitions.append(definition)
                    } else {
                        diagnostics.append(Diagnostic(.warning, "definition-unsplit",
                            "Definisi item has no \"adalah\"/\":\" between term and meaning: \"\(item.text)\"",
                            at: SourceLocation(line: item.line)))
                    }
                }
            }
        }
        document.diagnostics.append(contentsOf: diagnostics)
    }

    private static func applyFields(_ page: IdentityPage, to metadata: inout Metadata, diagnostics: inout [Diagnostic]) {
        // By line, and fields of one line in `IdentityField` order: a dictionary's own order changes from
        // run to run, and their diagnostics would with it.
        let order = { (field: IdentityField) in IdentityField.allCases.firstIndex(of: field) ?? 0 }
        let fields = page.fields.sorted { ($0.value.line, order($0.key)) < ($1.value.line, order($1.key)) }
        for (field, value) in fields {
            let text = TextCleaning.clean(value.raw)
            let at = SourceLocation(line: value.line)
            switch field {
            case .number: metadata.number = meaningful(text)
            case .title: metadata.title = meaningful(text)
            case .created, .revised, .effective:
                let date: String?
                switch DateParser.parse(text) {
                case .absent: date = nil
                case .date(let iso): date = iso
                case .invalid(let reason):
                    date = nil
                    diagnostics.append(Diagnostic(.warning, "invalid-date", "\(dateLabel(field)) \"\(text)\": \(reason)", at: at))
                }
                switch field {
                case .created: metadata.created = date
                case .revised: metadata.revised = date
                default: metadata.effective = date
                }
            case .approvedBy:
                let parsed = ApproverParser.parse(value.raw)
                metadata.approvedBy = parsed.approver
                diagnostics.append(contentsOf: parsed.problems.map { $0.diagnostic(line: at.line) })
            }
        }
    }

    /// nil for "", "-", ";" and other placeholders without a letter or digit.
    static func meaningful(_ text: String) -> String? {
        text.contains(where: { $0.isLetter || $0.isNumber }) ? text : nil
    }

    private static func dateLabel(_ field: IdentityField) -> String {
        switch field {
        case .created: "Tanggal Pembuatan"
        case .revised: "Tanggal Revisi"
        default: "Tanggal Efektif"
        }
    }

    /// Fragments by source line; pieces of one line keep their order.
    private static func inLineOrder(_ fragments: [Fragment]) -> [Fragment] {
        if zip(fragments, fragments.dropFirst()).allSatisfy({ $0.line <= $1.line }) { return fragments }
        return fragments.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
