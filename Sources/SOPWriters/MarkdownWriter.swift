import SOPModel

/// The whole SOP as GitHub-flavoured Markdown: title, identity table, sections as lists, legal basis,
/// one table per procedure (No | Kegiatan | one column per actor | Kelengkapan | Waktu | Output |
/// Keterangan) and the reader's diagnostics. Written line by line into one byte buffer.
public struct MarkdownWriter: Writer {
    public init() {}

    public var fileExtension: String { "md" }

    public func bytes(_ rendering: DocumentRendering) throws -> [UInt8] {
        let document = rendering.document
        var out = ByteBuffer(capacity: 4096 + document.procedures.reduce(0) { $0 + 256 * $1.steps.count })
        out.append("# ")
        appendInline(document.displayTitle, to: &out)
        out.append("\n\n")
        if !document.organization.isEmpty || document.address != nil {
            for (index, line) in (document.organization + [document.address].compactMap { $0 }).enumerated() {
                if index > 0 { out.append("  \n") }
                appendInline(line, to: &out)
            }
            out.append("\n\n")
        }
        identityTable(document, to: &out)
        list("Dasar Hukum", document.legalBasis.map(legalBasisItem), ordered: true, to: &out)
        if let summary = document.summary {
            out.append("## Penjelasan Singkat\n\n")
            appendInline(summary, to: &out)
            out.append("\n\n")
        }
        for section in ListSection.beforeDefinitions { list(section.title, section.items(document).map(inline), to: &out) }
        list("Definisi", document.definitions.map { "**\(inline($0.term))**: \(inline($0.meaning))" }, to: &out)
        for section in ListSection.afterDefinitions { list(section.title, section.items(document).map(inline), to: &out) }
        for (index, procedure) in document.procedures.enumerated() {
            procedureTable(procedure, index: index + 1, count: document.procedures.count, to: &out)
        }
        list("Diagnostik", document.diagnostics.map(diagnosticItem), to: &out)
        // Every line ends in a line feed; the empty lines at the end are dropped.
        var bytes = out.finish()
        while bytes.count >= 2 && bytes[bytes.count - 1] == UInt8(ascii: "\n") && bytes[bytes.count - 2] == UInt8(ascii: "\n") {
            bytes.removeLast()
        }
        return bytes
    }

    private func identityTable(_ document: Document, to out: inout ByteBuffer) {
        let m = document.metadata
        let approver = [m.approvedBy.position, m.approvedBy.name, m.approvedBy.rank, m.approvedBy.nip.map { "NIP \($0)" }]
            .compactMap { $0 }.map(inline).joined(separator: "<br>")
        let rows: [(label: String, cell: String)] = [
            ("Nomor SOP", m.number.map(inline) ?? "–"), ("Tanggal Pembuatan", m.created ?? "–"),
            ("Tanggal Revisi", m.revised ?? "–"), ("Tanggal Efektif", m.effective ?? "–"),
            ("Disahkan Oleh", approver.isEmpty ? "–" : approver), ("Nama SOP", m.title.map(inline) ?? "–"),
        ]
        out.append("| Identitas | |\n|---|---|\n")
        for row in rows {
            out.append("| ")
            out.append(contentsOf: row.label)
            out.append(" | ")
            out.append(contentsOf: row.cell)
            out.append(" |\n")
        }
        out.append("\n")
    }

    private func legalBasisItem(_ entry: LegalBasisEntry) -> String {
        let text = inline(entry.text)
        return entry.citation.map { "\(text) _(\(inline($0)))_" } ?? text
    }

    private func procedureTable(_ procedure: Procedure, index: Int, count: Int, to out: inout ByteBuffer) {
        out.append("## ")
        appendInline(procedure.title ?? (count > 1 ? "Prosedur \(index)" : "Prosedur"), to: &out)
        out.append("\n\n")
        let actorIndex = Dictionary(procedure.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        out.append("| No | Kegiatan")
        for actor in procedure.actors {
            out.append(" | ")
            appendInline(actor.name, to: &out)
        }
        out.append(" | Kelengkapan | Waktu | Output | Keterangan |\n|---|---")
        for _ in procedure.actors { out.append("|---") }
        out.append("|---|---|---|---|\n")
        let numbers = Set(procedure.steps.map(\.number))
        var marked = [Bool](repeating: false, count: procedure.actors.count)
        for step in procedure.steps {
            for i in marked.indices { marked[i] = false }
            var anyMarked = false
            for actor in step.actors {
                if let column = actorIndex[actor] {
                    marked[column] = true
                    anyMarked = true
                }
            }
            let mark: StaticString = step.decision == nil ? "■" : "◆"
            out.append("| ")
            out.append(decimal: step.number)
            out.append(" | ")
            appendInline(step.activity, to: &out)
            for column in marked {
                out.append(" | ")
                if column { out.append(mark) }
            }
            out.append(" | ")
            appendInline(step.inputs, separator: "<br>", to: &out)
            out.append(" | ")
            if let duration = step.duration { appendInline(duration.text, to: &out) }
            out.append(" | ")
            appendInline(step.outputs, separator: "<br>", to: &out)
            out.append(" | ")
            var noteCount = 0
            func nextNote(_ out: inout ByteBuffer) {
                if noteCount > 0 { out.append("<br>") }
                noteCount += 1
            }
            if let decision = step.decision {
                nextNote(&out)
                branches(decision, known: numbers, to: &out)
            }
            if !anyMarked {
                nextNote(&out)
                out.append("_pelaksana belum ditentukan_")
            }
            if let text = step.notes {
                nextNote(&out)
                appendInline(text, to: &out)
            }
            out.append(" |\n")
        }
        out.append("\n")
    }

    /// "Ya → 6 / Tidak → 4"; "?" where the text does not say, "(tidak ada)" for a missing step.
    private func branches(_ decision: Decision, known: Set<Int>, to out: inout ByteBuffer) {
        func target(_ n: Int?, _ out: inout ByteBuffer) {
            guard let n else { out.append("?"); return }
            out.append(decimal: n)
            if !known.contains(n) { out.append(" (tidak ada)") }
        }
        out.append("Ya → ")
        target(decision.yes, &out)
        out.append(" / Tidak → ")
        target(decision.no, &out)
    }

    private func diagnosticItem(_ d: Diagnostic) -> String {
        let location = d.line.map { "baris \($0): " } ?? ""
        return "\(location)\(d.severity.rawValue) `\(d.code)` \(inline(d.message))"
    }

    /// A section as a list; `items` are already Markdown.
    private func list(_ title: String, _ items: [String], ordered: Bool = false, to out: inout ByteBuffer) {
        guard !items.isEmpty else { return }
        out.append("## ")
        out.append(contentsOf: title)
        out.append("\n\n")
        for (i, item) in items.enumerated() {
            if ordered {
                out.append(decimal: i + 1)
                out.append(". ")
            } else {
                out.append("- ")
            }
            if item.isEmpty { out.append("–") } else { out.append(contentsOf: item) }
            out.append("\n")
        }
        out.append("\n")
    }

    /// `inline` of each text, `separator` between them.
    private func appendInline(_ texts: [String], separator: StaticString, to out: inout ByteBuffer) {
        for (index, text) in texts.enumerated() {
            if index > 0 { out.append(separator) }
            appendInline(text, to: &out)
        }
    }

    private func appendInline(_ text: String, to out: inout ByteBuffer) {
        if Self.markupBytes.containsAny(of: text) {
            out.append(contentsOf: inline(text))
        } else {
            out.append(contentsOf: text)
        }
    }

    /// Text safe inside a paragraph, list item or table cell: one line, markup characters and pipes escaped.
    private func inline(_ text: String) -> String {
        if !Self.markupBytes.containsAny(of: text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|": out += "\\\(character)"
            case "\n", "\r", "\r\n", "\t": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// The UTF-8 bytes `inline` escapes or replaces; text without them passes unchanged.
    private static let markupBytes = ByteSet { "\\`*_[]<>#|\n\r\t".utf8.contains($0) }
}
