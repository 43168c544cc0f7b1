/// The words of a text: the runs between whitespace Characters (`Character.isWhitespace`), as
/// `text.split(whereSeparator: \.isWhitespace)` gives them. When every whitespace Character of the
/// text is a lone ASCII whitespace byte the split runs over bytes; otherwise over Characters.
enum WordSplitter {
    static func words(_ text: String) -> [Substring] {
        guard splitsAtASCIIBytes(text) else { return text.split(whereSeparator: \.isWhitespace) }
        var words: [Substring] = []
        let utf8 = text.utf8
        var start: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if isASCIIWhitespace(utf8[index]) {
                if let first = start { words.append(text[first..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
        if let first = start { words.append(text[first..<utf8.endIndex]) }
        return words
    }

    /// Whether the whitespace Characters of `text` are exactly its ASCII whitespace bytes: no
    /// non-ASCII whitespace, no non-ASCII scalar right after ASCII whitespace (it may extend the
    /// whitespace's grapheme cluster) and no scalar that may prepend itself to a following space
    /// (Grapheme_Cluster_Break=Prepend lies in U+0600–U+08FF, U+0D4E and above U+FFFF) right before it.
    static func splitsAtASCIIBytes(_ text: String) -> Bool {
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value == 0x20 || (value >= 0x09 && value <= 0x0D),
                   (0x0600...0x08FF).contains(previous) || previous == 0x0D4E || previous > 0xFFFF { return false }
            } else if previous == 0x20 || (previous >= 0x09 && previous <= 0x0D) || isNonASCIIWhitespace(value) {
                return false
            }
            previous = value
        }
        return true
    }

    /// The scalars above ASCII with the White_Space property.
    private static func isNonASCIIWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// 0x09–0x0D and space: the ASCII scalars with the White_Space property.
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
