import Foundation
import SOPModel

/// Maps the cells of one data row to step fields. Cells may drift 1–3 columns right of the header or
/// lose trailing cells, so the row is anchored on content: the recognisable Waktu cell, the cell before
/// it is Kelengkapan, the one after it Output, what follows Keterangan.
public enum RowAssembler {
    /// One row read into fields, before step numbers, actors and decisions are settled.
    public struct Draft: Sendable {
        public var number: Int?
        public var activity: String
        public var marks: [(actor: Int, mark: CellMark)]
        public var inputs: [String]
        public var durationCell: String
        public var outputs: [String]
        public var notes: String?
        public var line: Int
        /// How far right of the header this row's mutu-baku cells stand.
        public var drift: Int
    }

    /// The row read into fields, or nil when every cell is blank. `previousNumber`, the table's last
    /// step number, lets a long step number (10000 and up) that continues the numbering be read.
    public static func assemble(_ row: TableGrid.Row, header: TableHeader, previousDrift: Int, previousNumber: Int?,
                                diagnostics: inout [Diagnostic]) -> Draft? {
        var cells = Cells(row)
        guard cells.indices.contains(where: { !cells.isBlank($0) }) else { return nil }
        let numberColumn = header.number ?? 0
        let activityColumn = header.activity ?? (numberColumn + 1)
        let drift = drift(of: &cells, header: header, activityColumn: activityColumn, previous: previousDrift)
        let location = SourceLocation(line: row.firstLine)
        let numberText = cells.clean(numberColumn)
        var draft = Draft(number: StepNumber.parse(numberText, after: previousNumber), activity: cells.clean(activityColumn),
                          marks: [], inputs: [], durationCell: "", outputs: [], notes: nil,
                          line: row.firstLine, drift: drift)
        if draft.number == nil, !numberText.isEmpty {
            draft.activity = WrappedText.join(numberText, draft.activity)
        }
        let durationColumn = header.duration.map { $0 + drift }
        let inputsColumn = durationColumn.map { $0 - 1 } ?? header.inputs.map { $0 + drift }
        let outputColumn = durationColumn.map { $0 + 1 } ?? header.output.map { $0 + drift }
        let notesStart = outputColumn.map { $0 + 1 } ?? header.notes.map { $0 + drift }
        draft.inputs = items(cells.raw(inputsColumn))
        draft.durationCell = cells.clean(durationColumn)
        draft.outputs = items(cells.raw(outputColumn))
        if let notesStart {
            let notes = cells.indices.filter { $0 >= notesStart && !cells.isBlank($0) }.map { cells.clean($0) }
            draft.notes = notes.isEmpty ? nil : notes.joined(separator: " ")
        }
        let zoneEnd = inputsColumn ?? cells.indices.count
        for column in cells.indices where column > activityColumn && column < zoneEnd {
            let text = cells.clean(column)
            guard !text.isEmpty else { continue }
            let actor = header.actors.firstIndex { $0.column == column - drift }
            let mark = CellMark.read(text)
            if let mark, let actor {
                draft.marks.append((actor, mark))
            } else if draft.activity.isEmpty, mark == nil {
                draft.activity = text
            } else {
                diagnostics.append(Diagnostic(.warning, "table-cell-unplaced",
                                              "cell \"\(text)\" in column \(column + 1) fits no column of the header", at: location))
            }
        }
        return draft
    }

    /// A row's cells as read (markup kept: `<br>` still separates list items), each cleaned when first
    /// asked for. Kelengkapan and Output cells, read into items from the raw text, are never cleaned whole.
    private struct Cells {
        let row: TableGrid.Row
        private var cleaned: [String?]

        init(_ row: TableGrid.Row) {
            self.row = row
            self.cleaned = Array(repeating: nil, count: row.cells.count)
        }

        var indices: Range<Int> { row.cells.indices }

        /// The cleaned cell, "" outside the row.
        mutating func clean(_ index: Int?) -> String {
            guard let index, row.cells.indices.contains(index) else { return "" }
            if let text = cleaned[index] { return text }
            // Cleaning leaves nothing of ASCII whitespace (most actor columns are empty or a space).
            let raw = row.cells[index]
            let text = CellText.isASCIIWhitespace(raw) ? "" : TextCleaning.clean(raw)
            cleaned[index] = text
            return text
        }

        /// The cell as read, "" outside the row.
        func raw(_ index: Int?) -> String {
            guard let index, row.cells.indices.contains(index) else { return "" }
            return row.cells[index]
        }

        /// True when the cell is empty once cleaned; a cell that opens with plain text is not cleaned for it.
        mutating func isBlank(_ index: Int) -> Bool {
            guard let raw = row.cells[safe: index] else { return true }
            return CellText.opensWithText(raw) ? false : clean(index).isEmpty
        }

        /// True when the cleaned cell reads as a number and a unit, the cells that
        /// `DurationParser.looksLikeDuration` accepts. A cell of whitespace only, or that opens
        /// with plain text other than a digit, cannot start with the number a duration needs, and is not
        /// cleaned for it.
        mutating func holdsDuration(_ index: Int) -> Bool {
            guard let raw = row.cells[safe: index], let first = CellText.firstByte(raw) else { return false }
            if CellText.opensText(first), !CellText.isDigit(first) { return false }
            // `parse` gives an understood, non-nil reading exactly when the text opens with a duration.
            return DurationParser.opensWithDuration(clean(index))
        }
    }

    /// Columns the row stands right of the header, found from the Waktu cell or, without one, from where
    /// Kelengkapan and Output stand around an empty Waktu.
    private static func drift(of cells: inout Cells, header: TableHeader, activityColumn: Int, previous: Int) -> Int {
        guard let headerDuration = header.duration else { return 0 }
        // The Waktu-like cell nearest where the previous row's drift puts Waktu, the leftmost on ties.
        let expected = headerDuration + previous
        var found: Int?
        for column in cells.indices where column > activityColumn && cells.holdsDuration(column) {
            if found.map({ abs(column - expected) < abs($0 - expected) }) ?? true { found = column }
        }
        if let found { return found - headerDuration }
        // Else the first shift, the previous one tried first, that puts an empty Waktu between filled cells.
        func emptyWaktu(_ shift: Int) -> Bool {
            let w = headerDuration + shift
            return cells.clean(w).isEmpty && !cells.clean(w - 1).isEmpty && !cells.clean(w + 1).isEmpty
        }
        if emptyWaktu(previous) { return previous }
        for shift in -1...3 where shift != previous && emptyWaktu(shift) { return shift }
        return previous
    }

    /// A Kelengkapan / Output cell split into items at semicolons and list numbers.
    static func items(_ raw: String) -> [String] {
        var text = raw
        if let items = text.withUTF8(ListItems.split(plainUncleaned:)) { return items }
        let cleaned = TextCleaning.clean(ASCIIText.contains(UInt8(ascii: "<"), in: raw) ? lineBreaksAsSemicolons(raw) : raw)
        guard !cleaned.isEmpty, cleaned != "-" else { return [] }
        return ListItems.split(cleaned)
    }

    /// The line-break tags a converter writes inside a cell (`<br>`, `<br/>`, `<br />`, `<BR>`), each
    /// replaced by `;`, so that they separate items. A tag that a combining mark follows is text (the
    /// mark makes its `>` another character).
    private static let lineBreaks: [[UInt8]] = ["<br>", "<br/>", "<br />", "<BR>"].map { Array($0.utf8) }

    static func lineBreaksAsSemicolons(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"),
               let tag = lineBreaks.first(where: { bytes[index...].starts(with: $0) }),
               !MarkupBytes.startsCombiningMark(bytes, at: index + tag.count) {
                out.append(UInt8(ascii: ";"))
                index += tag.count
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
