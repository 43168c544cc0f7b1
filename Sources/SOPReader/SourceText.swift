import Foundation
import SOPModel

/// The input split into physical lines (LF, CRLF and lone CR all end a line), 1-based.
public struct SourceText: Sendable {
    public let lines: [SourceLine]

    public init(_ text: String) {
        // Native and contiguous (O(1) when it already is), so a text kept whole as its one line gives
        // the fast paths' `withContiguousStorageIfAvailable` its bytes.
        var text = text
        text.makeContiguousUTF8()
        let whole = text
        lines = text.withUTF8 { Self.lines($0, whole: whole) }
    }

    /// Line ends are ASCII bytes, so the text is cut on its UTF-8 bytes (no per-character work): `memchr`
    /// finds each LF and, within the line it ends, a CR. A text without a line end is its one line:
    /// `whole` is used as it is, so a huge line is not copied.
    private static func lines(_ bytes: UnsafeBufferPointer<UInt8>, whole: String) -> [SourceLine] {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
        var lines: [SourceLine] = []
        func addLine(_ range: Range<Int>) {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            lines.append(SourceLine(number: lines.count + 1, text: text))
        }
        /// The offset of the first `byte` in `start..<end`, or `end`.
        func find(_ byte: UInt8, _ start: Int, _ end: Int) -> Int {
            guard start < end, let hit = memchr(base + start, Int32(byte), end - start) else { return end }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        var start = 0
        var nextLF = find(UInt8(ascii: "\n"), 0, bytes.count)
        while start < bytes.count {
            if nextLF < start { nextLF = find(UInt8(ascii: "\n"), start, bytes.count) }
            let cr = find(UInt8(ascii: "\r"), start, nextLF)
            if cr < nextLF {  // a lone CR, or the CR of CR LF
                addLine(start..<cr)
                start = cr + 1 == nextLF && nextLF < bytes.count ? nextLF + 1 : cr + 1
            } else if nextLF < bytes.count {
                addLine(start..<nextLF)
                start = nextLF + 1
            } else if start == 0 {
                lines.append(SourceLine(number: 1, text: whole))
                start = bytes.count
            } else {
                addLine(start..<bytes.count)
                start = bytes.count
            }
        }
        return lines
    }
}

/// One physical line with its tab-separated cells.
public struct SourceLine: Sendable {
    public let number: Int
    /// The line as read, without its line end.
    public let text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }

    /// True when the line holds nothing but whitespace (`ASCIIText.isBlank`).
    public var isBlank: Bool { ASCIIText.isBlank(text) }

    /// Tab-separated cells, raw (untrimmed), with their 1-based start columns. Empty cells are kept.
    public var tabCells: [Cell] {
        var column = 1
        return tabCellTexts.map { part in
            defer { column += characterCount(part) + 1 }
            return Cell(text: String(part), column: column)
        }
    }

    /// The texts of `tabCells`, without their columns. A tab is always a `Character` of its own, so
    /// cutting the bytes at tabs cuts the characters.
    public var tabCellTexts: [Substring] {
        let utf8 = text.utf8
        var cells: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == UInt8(ascii: "\t") {
                cells.append(Substring(utf8[start..<index]))
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        cells.append(Substring(utf8[start...]))
        return cells
    }

    /// `part.count`, read from the bytes when they are ASCII without CR (one byte, one `Character`).
    private func characterCount(_ part: Substring) -> Int {
        ASCIIText.isOneBytePerCharacter(part) ? part.utf8.count : part.count
    }

    public func location(column: Int = 1) -> SourceLocation { SourceLocation(line: number, column: column) }
}

/// A cell of a line: its text and where it starts.
public struct Cell: Sendable, Equatable {
    public var text: String
    /// 1-based column of the cell's first character in its line.
    public var column: Int

    public init(text: String, column: Int) {
        self.text = text
        self.column = column
    }
}
