import Foundation

/// Splits a cell into its items: at semicolons and at list numbers ("1. Disposisi 2. Perjanjian kinerja").
enum ListItems {
    static func split(_ text: String) -> [String] {
        // `;` is a character of its own in ASCII text, where the bytes are split and tidied; other text by characters.
        guard ASCIIText.isOneBytePerCharacter(text) else {
            return tidied(text.split(separator: ";").flatMap { splitNumbered(String($0)) })
        }
        var items: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var buffer: [UInt8] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: ";") {
                let part = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                if part.count >= 2, part[0] == UInt8(ascii: "1"), part[1] == UInt8(ascii: ".") || part[1] == UInt8(ascii: ")") {
                    items.append(contentsOf: tidied(splitNumbered(String(decoding: part, as: UTF8.self))))
                } else if let item = tidiedItem(part, buffer: &buffer) {
                    items.append(item)
                }
            }
        }
        return items
    }

    /// `split` of the text `TextCleaning.clean` leaves of printable ASCII and spaces without a markup byte
    /// (`<`, `*`, `_`), which cleaning only trims and collapses: read from the uncleaned bytes, each item
    /// tidied as it is cut; `[]` for a blank text or a lone `-`. Nil for any other text, and for one with
    /// an item that opens with a list number ("1." / "1)"), which is read from the cleaned text.
    static func split(plainUncleaned bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard isPlainWithSpaces(bytes) else { return nil }
        var lower = 0
        var upper = bytes.count
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
        if lower == upper || (upper - lower == 1 && bytes[lower] == UInt8(ascii: "-")) { return [] }
        var items: [String] = []
        var buffer: [UInt8] = []
        var start = lower
        while true {
            // The first item opens where the trimmed text does; every later one right after its `;`, where
            // cleaning leaves the byte that stands there (a space for a run of spaces).
            if start + 1 < upper, bytes[start] == UInt8(ascii: "1"),
               bytes[start + 1] == UInt8(ascii: ".") || bytes[start + 1] == UInt8(ascii: ")") { return nil }
            let end = semicolon(in: bytes, from: start, before: upper)
            if let item = tidiedItem(UnsafeBufferPointer(rebasing: bytes[start..<end]), buffer: &buffer) {
                items.append(item)
            }
            guard end < upper else { return items }
            start = end + 1
        }
    }

    /// The offset of the first `;` in `start..<end` of the bytes, found with `memchr`, or `end`.
    private static func semicolon(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> Int {
        guard start < end, let base = bytes.baseAddress,
              let hit = memchr(base + start, Int32(UInt8(ascii: ";")), end - start) else { return end }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// True when every byte is printable ASCII (0x20–0x7F) other than `<`, `*` and `_`.
    private static func isPlainWithSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if WordBytes.holdsOtherThanPlainASCIIAndSpaces(word) { return false }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte >= 0x80 || TextCleaning.isMarkupByte(byte) { return false }
            index += 1
        }
        return true
    }

    /// "1. A 2. B" → ["A", "B"]; text without a leading "1." or "1)" stays whole.
    private static func splitNumbered(_ text: String) -> [String] {
        guard text.hasPrefix("1.") || text.hasPrefix("1)") else { return [text] }
        let (marker, rest) = ListMarker.split(text)
        guard let marker, marker.ordinal == 1 else { return [text] }
        return ListItemParser.splitRunTogether(rest, after: marker)
    }

    /// Items with whitespace collapsed and list punctuation trimmed, blank ones left out.
    private static func tidied(_ items: [String]) -> [String] {
        items.map { TextCleaning.trimListPunctuation(TextCleaning.collapseWhitespace($0)) }.filter { !$0.isEmpty }
    }

    /// `tidied` of one item of ASCII bytes (one byte, one character): whitespace runs collapsed to one
    /// space and trimmed, then trailing `;`, `,`, whitespace and a detached ` .` dropped; nil when nothing
    /// is left. An item whose only whitespace is single spaces between words is cut from the bytes as it
    /// stands; any other is collapsed into `buffer` first.
    private static func tidiedItem(_ part: UnsafeBufferPointer<UInt8>, buffer: inout [UInt8]) -> String? {
        var lower = 0
        var upper = part.count
        while lower < upper, ASCIIText.isWhitespace(part[lower]) { lower += 1 }
        while upper > lower, ASCIIText.isWhitespace(part[upper - 1]) { upper -= 1 }
        let inner = UnsafeBufferPointer(rebasing: part[lower..<upper])
        var previous: UInt8 = 0
        for byte in inner {
            if ASCIIText.isWhitespace(byte), byte != 0x20 || previous == 0x20 {
                return collapsedItem(inner, buffer: &buffer)
            }
            previous = byte
        }
        let end = endTrimmingListPunctuation(inner)
        return end == 0 ? nil : String(decoding: UnsafeBufferPointer(rebasing: inner[..<end]), as: UTF8.self)
    }

    /// `tidiedItem` of trimmed bytes with whitespace runs other than single spaces, collapsed in `buffer`.
    private static func collapsedItem(_ bytes: UnsafeBufferPointer<UInt8>, buffer: inout [UInt8]) -> String? {
        buffer.removeAll(keepingCapacity: true)
        var pendingSpace = false
        for byte in bytes {
            if ASCIIText.isWhitespace(byte) {
                pendingSpace = true
                continue
            }
            if pendingSpace { buffer.append(0x20) }
            pendingSpace = false
            buffer.append(byte)
        }
        let end = buffer.withUnsafeBufferPointer(endTrimmingListPunctuation)
        return end == 0 ? nil : String(decoding: buffer[..<end], as: UTF8.self)
    }

    /// Where collapsed ASCII bytes end once trailing `;`, `,`, whitespace and a detached ` .` are dropped.
    private static func endTrimmingListPunctuation(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var end = bytes.count
        while end > 0 {
            let last = bytes[end - 1]
            if last == UInt8(ascii: ";") || last == UInt8(ascii: ",") || ASCIIText.isWhitespace(last) {
                end -= 1
            } else if last == UInt8(ascii: "."), end >= 2, ASCIIText.isWhitespace(bytes[end - 2]) {
                end -= 1
            } else {
                break
            }
        }
        return end
    }
}
