/// The byte tests the plain readers of the identity page (`PlainLabelLine`, `PlainListText`) start
/// with, eight bytes at a time.
enum PlainBytes {
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

    /// True when every byte is printable ASCII (0x20–0x7E) other than a markup byte (`<`, `*`, `_`),
    /// or, when `tabs`, a tab.
    static func arePlain(_ bytes: UnsafeBufferPointer<UInt8>, allowingTabs tabs: Bool) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            // A word with a control byte (a tab), DEL, a non-ASCII or a markup byte is read byte by byte.
            if WordBytes.holdsOtherThanPlainASCIIAndSpaces(word) || WordBytes.highBits(where: word, equals: 0x7F) != 0 {
                for offset in index..<(index + 8) where !isPlain(bytes[offset], allowingTabs: tabs) { return false }
            }
            index += 8
        }
        for offset in index..<bytes.count where !isPlain(bytes[offset], allowingTabs: tabs) { return false }
        return true
    }

    private static func isPlain(_ byte: UInt8, allowingTabs tabs: Bool) -> Bool {
        if byte == tab { return tabs }
        return byte >= 0x20 && byte <= 0x7E && !TextCleaning.isMarkupByte(byte)
    }

    /// True when two spaces stand side by side.
    static func hasDoubledSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var index = 0
        var previousIsSpace = false
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let spaces = WordBytes.highBits(where: word, equals: space)
            // A space right after a space: within the word, or across from the word before.
            if spaces & (spaces << 8) != 0 || (previousIsSpace && spaces & 0x80 != 0) { return true }
            previousIsSpace = spaces >> 63 != 0
            index += 8
        }
        for offset in index..<bytes.count {
            let isSpace = bytes[offset] == space
            if isSpace, previousIsSpace { return true }
            previousIsSpace = isSpace
        }
        return false
    }

    /// The words of `bytes` (runs between spaces), one space between them: spaces trimmed and collapsed.
    static func spacesCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte == space {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(space) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return out
    }
}
