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

    public static func assemble(_ row: TableGrid.Row, header: TableHeader, previousDrift: Int,
                                diagnostics: inout [Diagnostic]) -> Draft {
        let numberColumn = header.number ?? 0
        let activityColumn = header.activity ?? (numberColumn + 1)
        let drift = drift(of: row, header: header, activityColumn: activityColumn, previous: previousDrift)
        let location = SourceLocation(line: row.firstLine)
        var draft = Draft(number: StepNumber.parse(row.cell(numberColumn)), activity: row.cell(activityColumn),
                          marks: [], inputs: [], durationCell: "", outputs: [], notes: nil,
                          line: row.firstLine, drift: drift)
        let numberText = row.cell(numberColumn)
        if draft.number == nil, !numberText.isEmpty {
            draft.activity = WrappedText.join(numberText, draft.activity)
        }
        let durationColumn = header.duration.map { $0 + drift }
        let inputsColumn = durationColumn.map { $0 - 1 } ?? header.inputs.map { $0 + drift }
        let outputColumn = durationColumn.map { $0 + 1 } ?? header.output.map { $0 + drift }
        let notesStart = outputColumn.map { $0 + 1 } ?? header.notes.map { $0 + drift }
        draft.inputs = items(row.rawCell(inputsColumn))
        draft.durationCell = row.cell(durationColumn)
        draft.outputs = items(row.rawCell(outputColumn))
        if let notesStart {
            let notes = row.cells.indices.filter { $0 >= notesStart }.map { row.cell($0) }.filter { !$0.isEmpty }
            draft.notes = notes.isEmpty ? nil : notes.joined(separator: " ")
        }
        let zoneEnd = inputsColumn ?? row.cells.count
        for column in row.cells.indices where column > activityColumn && column < zoneEnd {
            let text = row.cell(column)
            guard !text.isEmpty else { continue }
            let actor = header.actors.firstIndex { $0.column == column - drift }
            if let mark = CellMark.read(text), let actor {
                draft.marks.append((actor, mark))
            } else if draft.activity.isEmpty, CellMark.read(text) == nil {
                draft.activity = text
            } else {
                diagnostics.append(Diagnostic(.warning, "table-cell-unplaced",
                                              "cell \"\(text)\" in column \(column + 1) fits no column of the header", at: location))
            }
        }
        return draft
    }

    /// Columns the row stands right of the header, found from the Waktu cell or, without one, from
    /// where Kelengkapan and Output stand around an empty Waktu.
    private static func drift(of row: TableGrid.Row, header: TableHeader, activityColumn: Int, previous: Int) -> Int {
        guard let headerDuration = header.duration else { return 0 }
        let candidates = row.cells.indices.filter { $0 > activityColumn && DurationParser.looksLikeDuration(row.cell($0)) }
        let expected = headerDuration + previous
        if let found = candidates.min(by: { abs($0 - expected) < abs($1 - expected) }) {
            return found - headerDuration
        }
        for shift in [previous] + Array(-1...3).filter({ $0 != previous }) {
            let w = headerDuration + shift
            if row.cell(w).isEmpty, !row.cell(w - 1).isEmpty, !row.cell(w + 1).isEmpty { return shift }
        }
        return previous
    }

    /// A Kelengkapan / Output cell split into items at semicolons and list numbers.
    static func items(_ raw: String) -> [String] {
        var text = raw
        if raw.utf8.contains(UInt8(ascii: "<")) {
            for br in ["<br>", "<br/>", "<br />", "<BR>"] { text = text.replacingOccurrences(of: br, with: ";") }
        }
        let cleaned = TextCleaning.clean(text)
        guard !cleaned.isEmpty, cleaned != "-" else { return [] }
        return ListItems.split(cleaned)
    }
}
