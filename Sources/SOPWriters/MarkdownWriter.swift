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
            // The organization's lines and the address, a hard line break between them.
            appendInline(document.organization, separator: "  \n", to: &out)
            if let address = document.address {
                if !document.organization.isEmpty { out.append("  \n") }
                appendInline(address, to: &out)
            }
            out.append("\n\n")
        }
        identityTable(document, to: &out)
        list("Dasar Hukum", document.legalBasis, ordered: true, isEmpty: legalBasisItemIsEmpty, to: &out) { entry, out in
            legalBasisItem(entry, to: &out)
        }
        if let summary = document.summary {
            out.append("## Penjelasan Singkat\n\n")
            appendInline(summary, to: &out)
            out.append("\n\n")
        }
        for section in ListSection.beforeDefinitions { textList(section.title, section.items(document), to: &out) }
        list("Definisi", document.definitions, to: &out) { definition, out in
            out.append("**")
            appendInline(definition.term, to: &out)
            out.append("**: ")
            appendInline(definition.meaning, to: &out)
        }
        for section in ListSection.afterDefinitions { textList(section.title, section.items(document), to: &out) }
        for (index, procedure) in document.procedures.enumerated() {
            procedureTable(procedure, index: index + 1, count: document.procedures.count, to: &out)
        }
        list("Diagnostik", document.diagnostics, to: &out) { diagnostic, out in diagnosticItem(diagnostic, to: &out) }
        // Every line ends in a line feed; the empty lines at the end are dropped.
        var bytes = out.finish()
        while bytes.count >= 2 && bytes[bytes.count - 1] == UInt8(ascii: "\n") && bytes[bytes.count - 2] == UInt8(ascii: "\n") {
            bytes.removeLast()
        }
        return bytes
    }

    private func identityTable(_ document: Document, to out: inout ByteBuffer) {
        let m = document.metadata
        out.append("| Identitas | |\n|---|---|\n")
        identityRow("Nomor SOP", m.number, inline: true, to: &out)
        identityRow("Tanggal Pembuatan", m.created, inline: false, to: &out)
        identityRow("Tanggal Revisi", m.revised, inline: false, to: &out)
        identityRow("Tanggal Efektif", m.effective, inline: false, to: &out)
        out.append("| Disahkan Oleh | ")
        approverCell(m.approvedBy, to: &out)
        out.append(" |\n")
        identityRow("Nama SOP", m.title, inline: true, to: &out)
        out.append("\n")
    }

    /// One row of the identity table: the value (made `inline` if asked), "–" when it is missing.
    private func identityRow(_ label: StaticString, _ value: String?, inline: Bool, to out: inout ByteBuffer) {
        out.append("| ")
        out.append(label)
        out.append(" | ")
        if let value {
            if inline { appendInline(value, to: &out) } else { out.append(contentsOf: value) }
        } else {
            out.append("–")
        }
        out.append(" |\n")
    }

    /// Position, name, rank and "NIP …" as far as known, `<br>` between them; "–" when that is empty.
    private func approverCell(_ approver: Approver, to out: inout ByteBuffer) {
        let texts = [approver.position, approver.name, approver.rank].compactMap { $0 }
        let partCount = texts.count + (approver.nip == nil ? 0 : 1)
        if partCount == 0 || (partCount == 1 && texts.first?.isEmpty == true) {
            out.append("–")
            return
        }
        appendInline(texts, separator: "<br>", to: &out)
        if let nip = approver.nip {
            if !texts.isEmpty { out.append("<br>") }
            out.append("NIP ")
            appendInline(nip, to: &out)
        }
    }

    /// The entry's text and, when it names one, its citation: "text _(Kind Nomor n Tahun y)_".
    private func legalBasisItem(_ entry: LegalBasisEntry, to out: inout ByteBuffer) {
        appendInline(entry.text, to: &out)
        guard entry.kind != nil || entry.number != nil || entry.year != nil else { return }
        out.append(" _(")
        // The citation is made inline as a whole. With ASCII words that is each word made inline on
        // its own (the spaces between them end no Character); other text takes the whole String (a
        // U+1FEF, equal to "`", is escaped only when a markup byte is anywhere in the citation).
        func isASCII(_ text: String?) -> Bool { text?.utf8.allSatisfy { $0 < 0x80 } ?? true }
        if isASCII(entry.kind) && isASCII(entry.number) {
            var separator = false
            if let kind = entry.kind {
                appendInline(kind, to: &out)
                separator = true
            }
            if let number = entry.number {
                out.append(separator ? " Nomor " : "Nomor ")
                appendInline(number, to: &out)
                separator = true
            }
            if let year = entry.year {
                out.append(separator ? " Tahun " : "Tahun ")
                out.append(decimal: year)
            }
        } else {
            appendInline(entry.citation ?? "", to: &out)
        }
        out.append(")_")
    }

    /// Whether `legalBasisItem` writes nothing.
    private func legalBasisItemIsEmpty(_ entry: LegalBasisEntry) -> Bool {
        entry.text.isEmpty && entry.kind == nil && entry.number == nil && entry.year == nil
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

    /// "baris 3: warning `code` message" (the line when known).
    private func diagnosticItem(_ d: Diagnostic, to out: inout ByteBuffer) {
        if let line = d.line {
            out.append("baris ")
            out.append(decimal: line)
            out.append(": ")
        }
        out.append(contentsOf: d.severity.rawValue)
        out.append(" `")
        out.append(contentsOf: d.code)
        out.append("` ")
        appendInline(d.message, to: &out)
    }

    /// A section of plain texts as a list, each item made inline.
    private func textList(_ title: String, _ items: [String], to out: inout ByteBuffer) {
        list(title, items, isEmpty: { $0.isEmpty }, to: &out) { text, out in appendInline(text, to: &out) }
    }

    /// A section as a list, `write` writing each item's Markdown; an item that `isEmpty` says writes
    /// nothing is shown as "–".
    private func list<Item>(_ title: String, _ items: [Item], ordered: Bool = false, isEmpty: (Item) -> Bool = { _ in false },
                            to out: inout ByteBuffer, _ write: (Item, inout ByteBuffer) -> Void) {
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
            if isEmpty(item) { out.append("–") } else { write(item, &out) }
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
        MarkdownInline.append(text, to: &out)
    }
}
