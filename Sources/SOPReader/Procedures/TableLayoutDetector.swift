import Foundation
import SOPModel

/// Decides how a table line is laid out and splits it into cells for that layout.
public enum TableLayoutDetector {
    /// The layout a header line shows: a leading pipe is Markdown, a tab is tab-separated, otherwise
    /// space-aligned columns (cells separated by runs of two or more spaces).
    public static func layout(of line: SourceLine) -> Source.Layout {
        let trimmed = line.text.drop(while: { $0 == " " })
        if trimmed.hasPrefix("|") { return .markdown }
        if line.text.utf8.contains(UInt8(ascii: "\t")) { return .tabbed }  // a tab is always a character of its own
        return .aligned
    }

    /// The line's cells in the given layout, raw text with 1-based start columns. Empty cells are kept
    /// for tabbed and Markdown lines (their position matters); aligned lines give only the text runs.
    public static func cells(of line: SourceLine, layout: Source.Layout) -> [Cell] {
        switch layout {
        case .tabbed: return line.tabCells
        case .markdown: return markdownCells(line.text)
        case .aligned, .flattened: return alignedRuns(line.text)
        }
    }

    /// True for a Markdown delimiter row such as `|---|:---:|`.
    public static func isMarkdownSeparator(_ text: String) -> Bool {
        // Byte pre-check: a dash, and no ASCII byte but the separator's own and whitespace.
        let allowed = "|-: \t".utf8
        guard text.utf8.contains(UInt8(ascii: "-")),
              !text.utf8.contains(where: { $0 < 0x80 && !allowed.contains($0) }) else { return false }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.contains("-") else { return false }
        return trimmed.allSatisfy { "|-: ".contains($0) }
    }

    /// True when the line belongs to a table of the given layout by its shape alone.
    public static func isTableShaped(_ line: SourceLine, layout: Source.Layout) -> Bool {
        switch layout {
        case .tabbed: return line.text.contains("\t") && !line.isBlank
        case .markdown: return line.text.drop(while: { $0 == " " }).hasPrefix("|")
        case .aligned, .flattened: return !line.isBlank
        }
    }

    private static func markdownCells(_ text: String) -> [Cell] {
        var chars = Array(text)
        var offset = 0
        while let first = chars.first, first == " " { chars.removeFirst(); offset += 1 }
        if chars.first == "|" { chars.removeFirst(); offset += 1 }
        while let last = chars.last, last == " " { chars.removeLast() }
        if chars.last == "|", chars.dropLast().last != "\\" { chars.removeLast() }
        var cells: [Cell] = []
        var current = ""
        var start = offset + 1
        var index = 0
        while index < chars.count {
            let ch = chars[index]
            if ch == "\\", index + 1 < chars.count, chars[index + 1] == "|" {
                current.append("|")
                index += 2
                continue
            }
            if ch == "|" {
                cells.append(Cell(text: current, column: start))
                current = ""
                start = offset + index + 2
            } else {
                current.append(ch)
            }
            index += 1
        }
        cells.append(Cell(text: current, column: start))
        return cells
    }

    /// Runs of text separated by two or more spaces (a single space stays inside a run).
    static func alignedRuns(_ text: String) -> [Cell] {
        if ASCIIText.isOneBytePerCharacter(text) { return alignedRuns(bytes: Array(text.utf8)) }
        let chars = Array(text.replacingOccurrences(of: "\t", with: "  "))
        var cells: [Cell] = []
        var index = 0
        while index < chars.count {
            while index < chars.count, chars[index] == " " { index += 1 }
            guard index < chars.count else { break }
            let start = index
            var end = index
            while end < chars.count {
                if chars[end] == " ", end + 1 < chars.count, chars[end + 1] == " " { break }
                if chars[end] == " ", end + 1 == chars.count { break }
                end += 1
            }
            cells.append(Cell(text: String(chars[start..<end]), column: start + 1))
            index = end
        }
        return cells
    }

    /// `alignedRuns` over the bytes of a text whose every byte is one `Character`: the same scan,
    /// without decoding characters (a tab still counts as two spaces).
    private static func alignedRuns(bytes text: [UInt8]) -> [Cell] {
        let space = UInt8(ascii: " ")
        var chars: [UInt8] = []
        chars.reserveCapacity(text.count)
        for byte in text {
            if byte == UInt8(ascii: "\t") { chars.append(space); chars.append(space) } else { chars.append(byte) }
        }
        var cells: [Cell] = []
        var index = 0
        while index < chars.count {
            while index < chars.count, chars[index] == space { index += 1 }
            guard index < chars.count else { break }
            let start = index
            var end = index
            while end < chars.count {
                if chars[end] == space, end + 1 < chars.count, chars[end + 1] == space { break }
                if chars[end] == space, end + 1 == chars.count { break }
                end += 1
            }
            cells.append(Cell(text: String(decoding: chars[start..<end], as: UTF8.self), column: start + 1))
            index = end
        }
        return cells
    }
}
