import Foundation
import SOPModel

/// The heading above a procedure table ("SOP PENGUMPULAN DATA KINERJA", or the title cell of a
/// "Nomor : … <tab> TITLE" line), told apart from identity fields and list items.
public enum TableTitle {
    /// A title line's text and the cells beside it that are not the title (a "Nomor : …" cell, say).
    public struct Reading: Sendable, Equatable {
        public var title: String
        public var otherCells: [String]
    }

    /// Reads the line as a table title, or nil when it does not look like one.
    public static func read(_ line: SourceLine) -> Reading? {
        guard !line.isBlank, !PageMarker.isPageMarker(line.text) else { return nil }
        let layout = TableLayoutDetector.layout(of: line)
        let cells = TableLayoutDetector.cells(of: line, layout: layout)
            .map { TextCleaning.clean($0.text) }
            .filter { !$0.isEmpty }
        guard let first = cells.first else { return nil }
        if cells.count > 1, cells[1].hasPrefix(":") || first.hasSuffix(":") { return nil }
        if ColumnRole.roles(in: cells).count >= 2 { return nil }
        var titleCells: [String] = []
        var others: [String] = []
        for cell in cells {
            if isLabelValue(cell) { others.append(cell) } else { titleCells.append(cell) }
        }
        let title = titleCells.joined(separator: " ")
        guard looksLikeTitle(title) else { return nil }
        return Reading(title: title, otherCells: others)
    }

    /// "Nomor : 000/12/2024": a short label, a colon, a value.
    private static func isLabelValue(_ cell: String) -> Bool {
        guard let colon = cell.firstIndex(of: ":") else { return false }
        let label = cell[..<colon].trimmingCharacters(in: .whitespaces)
        let words = label.split(separator: " ")
        return !words.isEmpty && words.count <= 3 && label.allSatisfy { $0.isLetter || $0 == " " || $0 == "." }
    }

    private static func looksLikeTitle(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        guard letters.count >= 8, let first = text.first else { return false }
        if first == "-" || first == "•" || first.isNumber { return false }
        let lower = text.lowercased()
        if lower.hasPrefix("sop ") || lower.hasPrefix("standar operasional") || lower.hasPrefix("prosedur") { return true }
        let upper = letters.filter(\.isUppercase).count
        return Double(upper) >= 0.7 * Double(letters.count)
    }
}
