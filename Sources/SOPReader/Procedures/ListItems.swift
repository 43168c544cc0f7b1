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
                if part.starts(with: "1.".utf8) || part.starts(with: "1)".utf8) {
                    items.append(contentsOf: tidied(splitNumbered(String(decoding: part, as: UTF8.self))))
                } else if let item = tidiedItem(part, buffer: &buffer) {
                    items.append(item)
                }
            }
        }
        return items
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

    /// `tidied` of one item of ASCII bytes (one byte, one character), read into `buffer`: whitespace runs
    /// collapsed to one space and trimmed, then trailing `;`, `,`, whitespace and a detached ` .` dropped.
    /// nil when nothing is left.
    private static func tidiedItem(_ part: UnsafeBufferPointer<UInt8>, buffer: inout [UInt8]) -> String? {
        buffer.removeAll(keepingCapacity: true)
        var pendingSpace = false
        for byte in part {
            if ASCIIText.isWhitespace(byte) {
                pendingSpace = !buffer.isEmpty
                continue
            }
            if pendingSpace { buffer.append(0x20) }
            pendingSpace = false
            buffer.append(byte)
        }
        var end = buffer.count
        while end > 0 {
            let last = buffer[end - 1]
            if last == UInt8(ascii: ";") || last == UInt8(ascii: ",") || ASCIIText.isWhitespace(last) {
                end -= 1
            } else if last == UInt8(ascii: "."), end >= 2, ASCIIText.isWhitespace(buffer[end - 2]) {
                end -= 1
            } else {
                break
            }
        }
        return end == 0 ? nil : String(decoding: buffer[..<end], as: UTF8.self)
    }
}
