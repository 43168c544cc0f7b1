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
        guard !line.isBlank else { return nil }
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
        // A page marker is no title; asked last, as few lines look like a title.
        guard looksLikeTitle(title), !PageMarker.isPageMarker(line.text) else { return nil }
        return Reading(title: title, otherCells: others)
    }

    /// "Nomor : 000/12/2024": a short label, a colon, a value.
    private static func isLabelValue(_ cell: String) -> Bool {
        if ASCIIText.isASCII(cell) { return isLabelValue(asciiBytes: Array(cell.utf8)) }
        guard let colon = cell.firstIndex(of: ":") else { return false }
        let label = cell[..<colon].trimmingCharacters(in: .whitespaces)
        let words = label.split(separator: " ")
        return !words.isEmpty && words.count <= 3 && label.allSatisfy { $0.isLetter || $0 == " " || $0 == "." }
    }

    /// `isLabelValue` of an ASCII cell, from its bytes (one byte, one character, CR LF aside, which is
    /// neither a letter, a space nor a colon either way).
    private static func isLabelValue(asciiBytes bytes: [UInt8]) -> Bool {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return false }
        var label = bytes[..<colon]
        while let first = label.first, first == 0x20 || first == UInt8(ascii: "\t") { label = label.dropFirst() }
        while let last = label.last, last == 0x20 || last == UInt8(ascii: "\t") { label = label.dropLast() }
        let words = label.split(separator: 0x20)
        return !words.isEmpty && words.count <= 3 && label.allSatisfy { byte in
            isASCIILetter(byte) || byte == 0x20 || byte == UInt8(ascii: ".")
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }

    private static func looksLikeTitle(_ text: String) -> Bool {
        var text = text
        if let ascii = text.withUTF8({ ASCIIText.isASCII($0) ? looksLikeTitle(asciiBytes: $0) : nil }) { return ascii }
        let letters = text.filter(\.isLetter)
        guard letters.count >= 8, let first = text.first else { return false }
        if first == "-" || first == "•" || first.isNumber { return false }
        let lower = text.lowercased()
        if lower.hasPrefix("sop ") || lower.hasPrefix("standar operasional") || lower.hasPrefix("prosedur") { return true }
        let upper = letters.filter(\.isUppercase).count
        return Double(upper) >= 0.7 * Double(letters.count)
    }

    /// `looksLikeTitle` of ASCII text, from its bytes: there a letter is a byte A–Z or a–z, and the
    /// first `Character` opens with the first byte (a CR LF is neither a dash nor a digit).
    private static func looksLikeTitle(asciiBytes bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters = 0
        var upper = 0
        for byte in bytes where isASCIILetter(byte) {
            letters += 1
            if byte < UInt8(ascii: "a") { upper += 1 }
        }
        guard letters >= 8, let first = bytes.first else { return false }
        if first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) { return false }
        for prefix in titlePrefixes where bytes.count >= prefix.count {
            if zip(bytes, prefix).allSatisfy({ ASCIIText.lowercased($0) == $1 }) { return true }
        }
        return Double(upper) >= 0.7 * Double(letters)
    }

    /// What a title may open with in any case, as lower-case bytes.
    private static let titlePrefixes: [[UInt8]] = ["sop ", "standar operasional", "prosedur"].map { Array($0.utf8) }
}
