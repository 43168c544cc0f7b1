import SOPModel

/// The input split into physical lines (LF, CRLF and lone CR all end a line), 1-based.
public struct SourceText: Sendable {
    public let lines: [SourceLine]

    public init(_ text: String) {
        var lines: [SourceLine] = []
        var number = 1
        var current = Substring.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func flush() {
            lines.append(SourceLine(number: number, text: String(String.UnicodeScalarView(current))))
            number += 1
            current = Substring.UnicodeScalarView()
        }
        while let s = pending ?? scalars.next() {
            pending = nil
            switch s {
            case "\n":
                flush()
            case "\r":
                flush()
                if let next = scalars.next(), next != "\n" { pending = next }
            default:
                current.append(s)
            }
        }
        if !current.isEmpty { flush() }
        self.lines = lines
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

    /// True when the line holds nothing but whitespace.
    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }

    /// Tab-separated cells, raw (untrimmed), with their 1-based start columns. Empty cells are kept.
    public var tabCells: [Cell] {
        var cells: [Cell] = []
        var column = 1
        // A tab is always a `Character` of its own, so splitting the bytes splits the characters.
        for bytes in text.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false) {
            let part = Substring(bytes)
            cells.append(Cell(text: String(part), column: column))
            column += characterCount(part) + 1
        }
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
