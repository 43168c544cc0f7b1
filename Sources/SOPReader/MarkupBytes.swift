/// The byte-level edits `TextCleaning.clean` makes to remove converter markup. They give the text
/// Foundation's `replacingOccurrences` gave: matches are found left to right without overlap, and a
/// match that a grapheme extender or emoji modifier follows is no match (it makes the match's last
/// character another one). Patterns match ASCII letters only, so case-insensitive matches that
/// Foundation also found through Unicode case folding (long s, `ſ`) are left as text.
enum MarkupBytes {
    /// Replaces every occurrence of the ASCII `pattern` (lower case when `ignoringCase`) by `replacement`.
    static func replace(_ pattern: [UInt8], with replacement: [UInt8], in bytes: inout [UInt8], ignoringCase: Bool) {
        guard let first = pattern.first, let firstHit = bytes.firstIndex(of: first) else { return }
        var out: [UInt8] = []
        var copied = 0
        var index = firstHit
        while index + pattern.count <= bytes.count {
            if bytes[index] == first, matches(pattern, in: bytes, at: index, ignoringCase: ignoringCase),
               !startsCombiningMark(bytes, at: index + pattern.count) {
                if out.isEmpty { out.reserveCapacity(bytes.count) }
                out.append(contentsOf: bytes[copied..<index])
                out.append(contentsOf: replacement)
                index += pattern.count
                copied = index
            } else {
                index += 1
            }
        }
        guard copied > 0 else { return }
        out.append(contentsOf: bytes[copied...])
        bytes = out
    }

    private static func matches(_ pattern: [UInt8], in bytes: [UInt8], at start: Int, ignoringCase: Bool) -> Bool {
        for (offset, expected) in pattern.enumerated() {
            var byte = bytes[start + offset]
            if ignoringCase { byte = ASCIIText.lowercased(byte) }
            if byte != expected { return false }
        }
        return true
    }

    /// True when a scalar that extends the character before it (a grapheme extender such as a
    /// combining mark or ZWNJ, or an emoji modifier) starts at `index`.
    static func startsCombiningMark(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index < bytes.count, bytes[index] >= 0x80 else { return false }
        let scalar = String(decoding: bytes[index..<min(bytes.count, index + 4)], as: UTF8.self).unicodeScalars.first
        return scalar.map { $0.properties.isGraphemeExtend || $0.properties.isEmojiModifier } ?? false
    }

    /// `*filling cabinet*` → `filling cabinet`: a `*` before a non-space opens, the next `*` after a
    /// non-space closes; a lone `*` is kept. ASCII is read byte by byte, other text by `Character`
    /// (a `*` with a combining mark is another character there).
    static func removingEmphasisStars(_ bytes: [UInt8]) -> String {
        guard bytes.contains(UInt8(ascii: "*")) else { return String(decoding: bytes, as: UTF8.self) }
        guard ASCIIText.isASCII(bytes) else {
            return removingEmphasisStars(Array(String(decoding: bytes, as: UTF8.self)))
        }
        return String(decoding: removingEmphasisStars(bytes, star: UInt8(ascii: "*"), isSpace: ASCIIText.isWhitespace), as: UTF8.self)
    }

    private static func removingEmphasisStars(_ characters: [Character]) -> String {
        String(removingEmphasisStars(characters, star: "*", isSpace: \.isWhitespace))
    }

    private static func removingEmphasisStars<E: Equatable>(_ items: [E], star: E, isSpace: (E) -> Bool) -> [E] {
        var out: [E] = []
        out.reserveCapacity(items.count)
        var i = 0
        while i < items.count {
            if items[i] == star, i + 1 < items.count, !isSpace(items[i + 1]),
               let close = items[(i + 1)...].firstIndex(of: star), close > i + 1, !isSpace(items[close - 1]) {
                out.append(contentsOf: items[(i + 1)..<close])
                i = close + 1
            } else {
                out.append(items[i])
                i += 1
            }
        }
        return out
    }
}
