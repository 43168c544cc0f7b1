/// Cheap looks at a raw table cell that tell, from its first byte, what cleaning it would leave.
enum CellText {
    /// True when the first byte past ASCII whitespace is ASCII and opens no markup (`<`, `*`, `_`):
    /// cleaning keeps that byte first, so the cleaned cell is not blank and starts with it.
    static func opensWithText(_ cell: String) -> Bool { firstByte(cell).map(opensText) ?? false }

    /// True when the cell is empty once cleaned, cleaning it only when its first byte does not tell.
    static func isBlank(_ cell: String) -> Bool {
        opensWithText(cell) ? false : TextCleaning.clean(cell).isEmpty
    }

    /// True when the cell is empty or ASCII whitespace only, which cleaning leaves empty.
    static func isASCIIWhitespace(_ cell: String) -> Bool { firstByte(cell) == nil }

    /// The first byte past ASCII whitespace, nil for a cell of ASCII whitespace only.
    static func firstByte(_ cell: String) -> UInt8? {
        cell.utf8.first { !ASCIIText.isWhitespace($0) }
    }

    /// `opensWithText` of the cell's `firstByte`.
    static func opensText(_ first: UInt8) -> Bool {
        first < 0x80 && first != UInt8(ascii: "<") && first != UInt8(ascii: "*") && first != UInt8(ascii: "_")
    }

    static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}
