import SOPModel

/// Recognises the first header row of a procedure table: a line naming at least three column roles
/// (No, Kegiatan, Pelaksana, Mutu Baku, Keterangan, Kelengkapan, Waktu, Output) in separate cells.
public enum HeaderLine {
    /// The layout of the line when it is a header row, else nil.
    public static func layout(of line: SourceLine) -> Source.Layout? {
        let layout = TableLayoutDetector.layout(of: line)
        // Three roles need three cells, none of them blank: a tabbed line needs no other test.
        if layout == .tabbed { return namesThreeRoles(tabSeparated: line.text) ? layout : nil }
        guard mayHoldThreeCells(line.text, layout: layout), !line.isBlank else { return nil }
        return isHeader(TableLayoutDetector.cells(of: line, layout: layout).map(\.text)) ? layout : nil
    }

    /// False when the line cannot split into the three cells a header needs: fewer than two tabs,
    /// fewer than two pipes, or (space-aligned) fewer than two gaps of two spaces or a tab.
    private static func mayHoldThreeCells(_ text: String, layout: Source.Layout) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            switch layout {
            case .tabbed: return holdsTwo(UInt8(ascii: "\t"), in: bytes)
            case .markdown: return holdsTwo(UInt8(ascii: "|"), in: bytes)
            case .aligned, .flattened: return holdsTwoGaps(bytes)
            }
        }
    }

    /// True when the byte occurs twice or more.
    private static func holdsTwo(_ separator: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var separators = 0
        for byte in bytes where byte == separator {
            separators += 1
            if separators >= 2 { return true }
        }
        return false
    }

    /// True when tabs and spaces that follow a space number two or more.
    private static func holdsTwoGaps(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var separators = 0
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "\t") || (byte == 0x20 && previous == 0x20) {
                separators += 1
                if separators >= 2 { return true }
            }
            previous = byte
        }
        return false
    }

    /// `isHeader` of the tab-separated cells of a line, read cell by cell without building them all
    /// (a tab is always a character of its own); stops at the third role.
    private static func namesThreeRoles(tabSeparated text: String) -> Bool {
        var roles = ThreeRoles()
        TableLayoutDetector.forEachTabCell(in: text) { bytes in
            if let role = ColumnRole.recognise(utf8: bytes) { roles.add(role) }
            return !roles.complete
        }
        return roles.complete
    }

    /// True when the cells of a line (split in the line's own layout) name at least three column roles.
    static func isHeader(_ cells: [some StringProtocol]) -> Bool {
        var roles = ThreeRoles()
        for cell in cells {
            if let role = ColumnRole.recognise(cell) { roles.add(role) }
            if roles.complete { return true }
        }
        return false
    }

    /// Distinct roles counted up to three, without a set.
    private struct ThreeRoles {
        private var first: ColumnRole?
        private var second: ColumnRole?
        /// True once three distinct roles were added.
        private(set) var complete = false

        mutating func add(_ role: ColumnRole) {
            guard let first else { return self.first = role }
            guard role != first else { return }
            guard let second else { return self.second = role }
            if role != second { complete = true }
        }
    }
}
