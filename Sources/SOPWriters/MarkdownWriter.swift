import SOPModel

/// The whole SOP as GitHub-flavoured Markdown: title, identity table, sections as lists, legal basis,
/// one table per procedure (No | Kegiatan | one column per actor | Kelengkapan | Waktu | Output |
/// Keterangan) and the reader's diagnostics.
public struct MarkdownWriter: Writer {
    public init() {}

    public var fileExtension: String { "md" }

    public func bytes(_ rendering: DocumentRendering) throws -> [UInt8] {
        let document = rendering.document
        var out: [String] = []
        let title = document.displayTitle
        out.append("# \(inline(title))")
        out.append("")
        if !document.organization.isEmpty || document.address != nil {
            out.append((document.organization + [document.address].compactMap { $0 }).map(inline).joined(separator: "  \n"))
            out.append("")
        }
        out += identityTable(document)
        out += list("Dasar Hukum", document.legalBasis.map(legalBasisItem), ordered: true)
        if let summary = document.summary {
            out += ["## Penjelasan Singkat", "", inline(summary), ""]
        }
        for section in ListSection.beforeDefinitions { out += list(section.title, section.items(document).map(inline)) }
        out += list("Definisi", document.definitions.map { "**\(inline($0.term))**: \(inline($0.meaning))" })
        for section in ListSection.afterDefinitions { out += list(section.title, section.items(document).map(inline)) }
        for (index, procedure) in document.procedures.enumerated() {
            out += procedureTable(procedure, index: index + 1, count: document.procedures.count)
        }
        out += list("Diagnostik", document.diagnostics.map(diagnosticItem))
        while out.last == "" { out.removeLast() }
        return Array((out.joined(separator: "\n") + "\n").utf8)
    }

    private func identityTable(_ document: Document) -> [String] {
        let m = document.metadata
        let approver = [m.approvedBy.position, m.approvedBy.name, m.approvedBy.rank, m.approvedBy.nip.map { "NIP \($0)" }]
            .compactMap { $0 }.map(inline).joined(separator: "<br>")
        let rows: [(label: String, cell: String)] = [
            ("Nomor SOP", m.number.map(inline) ?? "–"), ("Tanggal Pembuatan", m.created ?? "–"),
            ("Tanggal Revisi", m.revised ?? "–"), ("Tanggal Efektif", m.effective ?? "–"),
            ("Disahkan Oleh", approver.isEmpty ? "–" : approver), ("Nama SOP", m.title.map(inline) ?? "–"),
        ]
        var out = ["| Identitas | |", "|---|---|"]
        for row in rows {
            out.append("| \(row.label) | \(row.cell) |")
        }
        return out + [""]
    }

    private func legalBasisItem(_ entry: LegalBasisEntry) -> String {
        let text = inline(entry.text)
        return entry.citation.map { "\(text) _(\(inline($0)))_" } ?? text
    }

    private func procedureTable(_ procedure: Procedure, index: Int, count: Int) -> [String] {
        let heading = procedure.title ?? (count > 1 ? "Prosedur \(index)" : "Prosedur")
        var out = ["## \(inline(heading))", ""]
        let actorIndex = Dictionary(procedure.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let header = ["No", "Kegiatan"] + procedure.actors.map { inline($0.name) } + ["Kelengkapan", "Waktu", "Output", "Keterangan"]
        out.append("| " + header.joined(separator: " | ") + " |")
        out.append("|" + header.map { _ in "---" }.joined(separator: "|") + "|")
        let numbers = Set(procedure.steps.map(\.number))
        for step in procedure.steps {
            let columns = Set(step.actors.compactMap { actorIndex[$0] })
            let mark = step.decision == nil ? "■" : "◆"
            let actorCells = procedure.actors.indices.map { columns.contains($0) ? mark : "" }
            var notes: [String] = []
            if let decision = step.decision { notes.append(branches(decision, known: numbers)) }
            if columns.isEmpty { notes.append("_pelaksana belum ditentukan_") }
            if let text = step.notes { notes.append(inline(text)) }
            let row = ["\(step.number)", inline(step.activity)] + actorCells + [
                step.inputs.map(inline).joined(separator: "<br>"),
                step.duration.map { inline($0.text) } ?? "",
                step.outputs.map(inline).joined(separator: "<br>"),
                notes.joined(separator: "<br>"),
            ]
            out.append("| " + row.joined(separator: " | ") + " |")
        }
        return out + [""]
    }

    /// "Ya → 6 / Tidak → 4"; "?" where the text does not say, "(tidak ada)" for a missing step.
    private func branches(_ decision: Decision, known: Set<Int>) -> String {
        func target(_ n: Int?) -> String {
            guard let n else { return "?" }
            return known.contains(n) ? "\(n)" : "\(n) (tidak ada)"
        }
        return "Ya → \(target(decision.yes)) / Tidak → \(target(decision.no))"
    }

    private func diagnosticItem(_ d: Diagnostic) -> String {
        let location = d.line.map { "baris \($0): " } ?? ""
        return "\(location)\(d.severity.rawValue) `\(d.code)` \(inline(d.message))"
    }

    /// A section as a list; `items` are already Markdown.
    private func list(_ title: String, _ items: [String], ordered: Bool = false) -> [String] {
        guard !items.isEmpty else { return [] }
        var out = ["## \(title)", ""]
        for (i, item) in items.enumerated() {
            out.append((ordered ? "\(i + 1). " : "- ") + (item.isEmpty ? "–" : item))
        }
        return out + [""]
    }

    /// Text safe inside a paragraph, list item or table cell: one line, markup characters and pipes escaped.
    private func inline(_ text: String) -> String {
        if !Self.markupBytes.containsAny(of: text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|": out += "\\\(character)"
            case "\n", "\r", "\t": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// The UTF-8 bytes `inline` escapes or replaces; text without them passes unchanged.
    private static let markupBytes = ByteSet { "\\`*_[]<>#|\n\r\t".utf8.contains($0) }
}
