import Foundation
import SOPModel

/// Recognises the first header row of a procedure table: a line naming at least three column roles
/// (No, Kegiatan, Pelaksana, Mutu Baku, Keterangan, Kelengkapan, Waktu, Output) in separate cells.
public enum HeaderLine {
    /// The layout of the line when it is a header row, else nil.
    public static func layout(of line: SourceLine) -> Source.Layout? {
        var text = line.text
        return text.withUTF8 { bytes -> Source.Layout? in
            let layout = TableLayoutDetector.layout(of: line.text, utf8: bytes)
            // Three roles need three cells (two tabs), none of them blank.
            if layout == .tabbed {
                return holdsTwo(UInt8(ascii: "\t"), in: bytes) && namesThreeRoles(tabSeparated: bytes) ? layout : nil
            }
            guard mayHoldThreeCells(bytes, layout: layout), !line.isBlank else { return nil }
            if layout == .aligned, ASCIIText.isOneBytePerCharacter(bytes) {
                return namesThreeRoles(alignedASCII: bytes) ? layout : nil
            }
            return isHeader(TableLayoutDetector.cells(of: line, layout: layout).map(\.text)) ? layout : nil
        }
    }

    /// False when the line cannot split into the three cells a header needs: fewer than two tabs,
    /// fewer than two pipes, or (space-aligned) fewer than two gaps of two spaces or a tab.
    private static func mayHoldThreeCells(_ bytes: UnsafeBufferPointer<UInt8>, layout: Source.Layout) -> Bool {
        switch layout {
        case .tabbed: holdsTwo(UInt8(ascii: "\t"), in: bytes)
        case .markdown: holdsTwo(UInt8(ascii: "|"), in: bytes)
        case .aligned, .flattened: holdsTwoGaps(bytes)
        }
    }

    /// True when the byte occurs twice or more, found with `memchr`.
    private static func holdsTwo(_ separator: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, let first = memchr(base, Int32(separator), bytes.count) else { return false }
        let next = base.distance(to: first.assumingMemoryBound(to: UInt8.self)) + 1
        return next < bytes.count && memchr(base + next, Int32(separator), bytes.count - next) != nil
    }

    /// True when tabs and spaces that follow a space number two or more; eight bytes at a time.
    private static func holdsTwoGaps(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var separators = 0
        var previous: UInt8 = 0
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let spaces = WordBytes.highBits(where: word, equals: 0x20)
                let gaps = WordBytes.highBits(where: word, equals: UInt8(ascii: "\t"))
                    | spaces & (spaces << 8 | (previous == 0x20 ? 0x80 : 0))
                if gaps != 0 {
                    if gaps & (gaps &- 1) != 0 { return true }  // two in this word
                    separators += 1
                    if separators >= 2 { return true }
                }
                previous = UInt8(truncatingIfNeeded: word &>> 56)
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\t") || (byte == 0x20 && previous == 0x20) {
                separators += 1
                if separators >= 2 { return true }
            }
            previous = byte
            index += 1
        }
        return false
    }

    /// `isHeader` of the tab-separated cells of a line, read cell by cell without building them all
    /// (a tab is always a character of its own); stops at the third role.
    private static func namesThreeRoles(tabSeparated bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var roles = ThreeRoles()
        TableLayoutDetector.forEachTabCell(in: bytes) { cell in
            if let role = ColumnRole.recognise(utf8: cell) { roles.add(role) }
            return !roles.complete
        }
        return roles.complete
    }

    /// `isHeader` of the space-aligned runs of a line of ASCII bytes without CR, read run by run from the
    /// bytes; stops at the third role.
    private static func namesThreeRoles(alignedASCII bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var roles = ThreeRoles()
        TableLayoutDetector.forEachAlignedRun(inASCII: bytes) { run, _ in
            if let role = ColumnRole.recognise(utf8: UnsafeBufferPointer(rebasing: bytes[run])) { roles.add(role) }
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
