import SOPModel

/// The identity page of the SOP (letterhead, Nomor, dates, Disahkan Oleh, Nama SOP and the lists:
/// Dasar Hukum, Kualifikasi Pelaksana, Keterkaitan, Peralatan, Peringatan, Pencatatan dan Pendataan,
/// …) as a label | value table on A4 landscape pages, split over as many pages as it needs.
struct IdentityPages {
    /// One table row: a label on the first row of a field, and its wrapped value lines (lines of `text`).
    private struct Row {
        var label: Range<Int>
        var lines: Range<Int>
        var bold = false
        var centered = false
        var height: Double
    }

    static let labelWidth = 230.0

    private let rows: [Row]
    /// The wrapped lines of every row, row after row.
    private let text: WrappedLines
    private let pageRanges: [Range<Int>]
    private let number: String?

    var pageCount: Int { pageRanges.count }

    init(_ document: Document) {
        number = document.metadata.number
        let pad = PageGeometry.cellPadding, lineHeight = PageGeometry.lineHeight
        let capacity = PageGeometry.contentBottom - PageGeometry.contentTop
        let maxLines = max(1, Int((capacity - 2 * pad) / lineHeight))
        let valueWidth = PageGeometry.contentWidth - Self.labelWidth - 2 * pad
        let fullWidth = PageGeometry.contentWidth - 2 * pad

        var rows: [Row] = []
        var text = WrappedLines()
        func add(label: String?, _ texts: some Collection<String>, width: Double, bold: Bool = false, centered: Bool = false) {
            let first = text.count
            for item in texts { TextWrapper.wrap(item, into: &text, width: width, fontSize: PageGeometry.bodyFontSize, bold: bold) }
            text.keepFirst(first + maxLines)
            guard text.count > first else { return }
            let lines = first..<text.count
            if let label {
                TextWrapper.wrap(label, into: &text, width: Self.labelWidth - 2 * pad, fontSize: PageGeometry.bodyFontSize, bold: true)
            }
            let labelLines = lines.upperBound..<text.count
            let height = 2 * pad + Double(max(lines.count, labelLines.count)) * lineHeight
            rows.append(Row(label: labelLines, lines: lines, bold: bold, centered: centered, height: height))
        }
        let letterhead = document.organization + [document.address].compactMap { $0 }
        add(label: nil, letterhead, width: fullWidth, bold: true, centered: true)
        let m = document.metadata
        let approver = [m.approvedBy.position, m.approvedBy.name, m.approvedBy.rank, m.approvedBy.nip.map { "NIP \($0)" }].compactMap { $0 }
        let fields: [(String, [String])] = [
            ("Nomor SOP", [m.number ?? "–"]), ("Tanggal Pembuatan", [m.created ?? "–"]), ("Tanggal Revisi", [m.revised ?? "–"]),
            ("Tanggal Efektif", [m.effective ?? "–"]), ("Disahkan Oleh", approver.isEmpty ? ["–"] : approver),
            ("Nama SOP", [m.title ?? "–"]),
        ]
        for (label, values) in fields { add(label: label, values, width: valueWidth, bold: label == "Nama SOP") }
        let legal = document.legalBasis.map { entry -> String in
            entry.citation.map { "\(entry.text) [\($0)]" } ?? entry.text
        }
        let lists = { (sections: ArraySlice<ListSection>) in sections.map { ($0.title, $0.items(document)) } }
        let sections: [(String, [String])] = [("Dasar Hukum", legal), ("Penjelasan Singkat", [document.summary].compactMap { $0 })]
            + lists(ListSection.beforeDefinitions)
            + [("Definisi", document.definitions.map { "\($0.term): \($0.meaning)" })]
            + lists(ListSection.afterDefinitions)
        for (label, items) in sections where !items.isEmpty {
            for (index, item) in items.enumerated() {
                let numbered = items.count > 1 ? String(index + 1) + ". " + item : item
                add(label: index == 0 ? label : nil, CollectionOfOne(numbered), width: valueWidth)
            }
        }
        self.rows = rows
        self.text = text
        pageRanges = RowPaginator.pages(heights: rows.map(\.height), capacity: capacity)
    }

    /// The pages, each with its part of the table, under the document's `title`.
    func pages(title: BandTitle) -> [PrintedPage] {
        pageRanges.enumerated().map { pageIndex, range in
            var canvas = SVGCanvas()
            let subtitle = (["Identitas SOP"] + [number.map { "Nomor SOP: \($0)" }].compactMap { $0 }).joined(separator: " · ")
                + (pageIndex > 0 ? " · (lanjutan)" : "")
            draw(range, on: &canvas)
            return PrintedPage(title: title, subtitle: subtitle, drawing: canvas.finish())
        }
    }

    private func draw(_ range: Range<Int>, on canvas: inout SVGCanvas) {
        let left = PageGeometry.marginX, right = PageGeometry.width - PageGeometry.marginX
        let split = left + Self.labelWidth, pad = PageGeometry.cellPadding
        var y = PageGeometry.contentTop
        let top = y
        for index in range {
            let row = rows[index]
            if row.centered {
                canvas.lines(text, row.lines, x: (left + right) / 2, top: y + pad, anchor: .middle, bold: row.bold)
            } else {
                canvas.rect(x: left, y: y, width: Self.labelWidth, height: row.height, fill: "#eef1f5", stroke: "none")
                if !row.label.isEmpty {
                    if y > top { canvas.line(left, y, right, y, stroke: "#999", width: 0.5) }
                    canvas.lines(text, row.label, x: left + pad, top: y + pad, bold: true)
                }
                canvas.line(split, y, split, y + row.height, stroke: "#555", width: 0.6)
                canvas.lines(text, row.lines, x: split + pad, top: y + pad, bold: row.bold)
            }
            if row.centered { canvas.line(left, y + row.height, right, y + row.height, stroke: "#000", width: 1) }
            y += row.height
        }
        canvas.rect(x: left, y: top, width: right - left, height: y - top, stroke: "#000", strokeWidth: 1.2)
    }
}
