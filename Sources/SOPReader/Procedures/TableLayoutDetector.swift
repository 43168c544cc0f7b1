import Foundation
import SOPModel

/// Decides how a table line is laid out and splits it into cells for that layout.
public enum TableLayoutDetector {
    /// The layout a header line shows: a leading pipe is Markdown, a tab is tab-separated, otherwise
    /// space-aligned columns (cells separated by runs of two or more spaces).
    public static func layout(of line: SourceLine) -> Source.Layout {
        var text = line.text
        return text.withUTF8 { layout(of: line.text, utf8: $0) }
    }

    /// `layout(of:)` of a line's text, given its contiguous UTF-8 bytes.
    static func layout(of text: String, utf8 bytes: UnsafeBufferPointer<UInt8>) -> Source.Layout {
        if opensWithPipe(text, utf8: bytes) { return .markdown }
        // A tab is always a character of its own.
        if let base = bytes.baseAddress, memchr(base, Int32(UInt8(ascii: "\t")), bytes.count) != nil { return .tabbed }
        return .aligned
    }

    /// True when the text, past its leading spaces, opens with a `|` character. Read from the bytes unless
    /// a non-ASCII byte follows the pipe (a combining mark would make it another character).
    private static func opensWithPipe(_ text: String, utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        guard start < bytes.count, bytes[start] == UInt8(ascii: "|") else { return false }
        if start + 1 == bytes.count || bytes[start + 1] < 0x80 { return true }
        return text.drop(while: { $0 == " " }).hasPrefix("|")
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

    /// The texts of `cells(of:layout:)`, without working out the columns of tab-separated cells.
    public static func cellTexts(of line: SourceLine, layout: Source.Layout) -> [String] {
        guard layout == .tabbed else { return cells(of: line, layout: layout).map(\.text) }
        var text = line.text
        return text.withUTF8 { buffer in
            var texts: [String] = []
            // Exactly one slot per cell: a grid keeps every row's array, so a guess per byte would hold
            // more than the table's text.
            texts.reserveCapacity(tabCount(in: buffer) + 1)
            forEachTabCell(in: buffer) { bytes in
                texts.append(String(decoding: bytes, as: UTF8.self))
                return true
            }
            return texts
        }
    }

    /// How many tab bytes the bytes hold, found with `memchr`.
    static func tabCount(in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var count = 0
        var start = 0
        while start < buffer.count, let tab = memchr(base + start, Int32(UInt8(ascii: "\t")), buffer.count - start) {
            count += 1
            start = base.distance(to: tab.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return count
    }

    /// Calls `body` with the bytes of each tab-separated cell of a line's bytes (empty cells too), left to
    /// right, until it returns false. A tab is always a character of its own, so the bytes split the
    /// characters; `memchr` finds the tabs.
    static func forEachTabCell(in buffer: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) {
        guard let base = buffer.baseAddress else {
            _ = body(buffer)
            return
        }
        var start = 0
        while true {
            let end = start < buffer.count
                ? memchr(base + start, Int32(UInt8(ascii: "\t")), buffer.count - start)
                    .map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? buffer.count
                : buffer.count
            guard body(UnsafeBufferPointer(start: base + start, count: end - start)), end < buffer.count else { return }
            start = end + 1
        }
    }

    /// True for a Markdown delimiter row such as `|---|:---:|`.
    public static func isMarkdownSeparator(_ text: String) -> Bool {
        // Byte pre-check: a dash, and no ASCII byte but the separator's own and whitespace.
        var hasDash = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-"): hasDash = true
            case UInt8(ascii: "|"), UInt8(ascii: ":"), 0x20, UInt8(ascii: "\t"), 0x80...: continue
            default: return false
            }
        }
        guard hasDash else { return false }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.contains("-") else { return false }
        return trimmed.allSatisfy { "|-: ".contains($0) }
    }

    /// True when the line belongs to a table of the given layout by its shape alone.
    public static func isTableShaped(_ line: SourceLine, layout: Source.Layout) -> Bool {
        switch layout {
        case .tabbed: return ASCIIText.contains(UInt8(ascii: "\t"), in: line.text) && !line.isBlank
        case .markdown: return line.text.drop(while: { $0 == " " }).hasPrefix("|")
        case .aligned, .flattened: return !line.isBlank
        }
    }

    /// The cells between the pipes of a Markdown row (`\\|` is a pipe inside a cell), with 1-based columns.
    private static func markdownCells(_ text: String) -> [Cell] {
        if ASCIIText.isOneBytePerCharacter(text) {
            return markdownCells(Array(text.utf8), space: 0x20, pipe: UInt8(ascii: "|"), backslash: UInt8(ascii: "\\")) {
                String(decoding: $0, as: UTF8.self)
            }
        }
        return markdownCells(Array(text), space: " ", pipe: "|", backslash: "\\") { String($0) }
    }

    /// `markdownCells` over the characters of a line, or over its bytes when each byte is one character.
    private static func markdownCells<C: Equatable>(_ chars: [C], space: C, pipe: C, backslash: C,
                                                    string: ([C]) -> String) -> [Cell] {
        var lower = 0
        var upper = chars.count
        while lower < upper, chars[lower] == space { lower += 1 }
        if lower < upper, chars[lower] == pipe { lower += 1 }
        let offset = lower
        while upper > lower, chars[upper - 1] == space { upper -= 1 }
        if upper > lower, chars[upper - 1] == pipe, upper - 1 == lower || chars[upper - 2] != backslash { upper -= 1 }
        var cells: [Cell] = []
        var current: [C] = []
        var start = offset + 1
        var index = lower
        while index < upper {
            let ch = chars[index]
            if ch == backslash, index + 1 < upper, chars[index + 1] == pipe {
                current.append(pipe)
                index += 2
                continue
            }
            if ch == pipe {
                cells.append(Cell(text: string(current), column: start))
                current.removeAll(keepingCapacity: true)
                start = index + 2
            } else {
                current.append(ch)
            }
            index += 1
        }
        cells.append(Cell(text: string(current), column: start))
        return cells
    }

    /// Calls `body` with the byte range and 1-based column of each run of `alignedRuns` of a line's bytes
    /// that are ASCII without CR (one byte, one character), left to right, until it returns false; a tab
    /// counts as two spaces, as in `PositionedText`. Nothing is copied.
    static func forEachAlignedRun(inASCII bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, Int) -> Bool) {
        func isGap(_ byte: UInt8) -> Bool { byte == 0x20 || byte == UInt8(ascii: "\t") }
        var index = 0
        var position = 0  // `index` as a position of the tab-expanded line
        while index < bytes.count {
            while index < bytes.count, isGap(bytes[index]) {
                position += bytes[index] == 0x20 ? 1 : 2
                index += 1
            }
            guard index < bytes.count else { return }
            let start = index
            let column = position + 1
            // A run ends at a tab, at a space another gap byte follows, or at a last space.
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\t") { break }
                if byte == 0x20, index + 1 == bytes.count || isGap(bytes[index + 1]) { break }
                index += 1
            }
            position += index - start
            guard body(start..<index, column) else { return }
        }
    }

    /// Runs of text separated by two or more spaces (a single space stays inside a run).
    static func alignedRuns(_ text: String) -> [Cell] {
        let chars = PositionedText(text)
        let count = chars.count
        var cells: [Cell] = []
        var index = 0
        while index < count {
            while index < count, chars.isSpace(index) { index += 1 }
            guard index < count else { break }
            let start = index
            var end = index
            while end < count {
                if chars.isSpace(end), end + 1 == count || chars.isSpace(end + 1) { break }
                end += 1
            }
            cells.append(Cell(text: chars.text(start..<end), column: start + 1))
            index = end
        }
        return cells
    }
}
