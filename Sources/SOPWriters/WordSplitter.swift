/// The words of a text: the runs between whitespace Characters (`Character.isWhitespace`), as
/// `text.split(whereSeparator: \.isWhitespace)` gives them, as UTF-8 offset ranges. When every
/// whitespace Character of the text is a lone ASCII whitespace byte the split runs over bytes;
/// otherwise over Characters.
enum WordSplitter {
    static func words(_ text: String) -> [Range<Int>] {
        var contiguous = text
        return contiguous.withUTF8 { words(utf8: $0, of: text) }
    }

    /// The words of `text`, whose UTF-8 is `bytes`.
    static func words(utf8 bytes: UnsafeBufferPointer<UInt8>, of text: String) -> [Range<Int>] {
        guard splitsAtASCIIBytes(bytes, text) else {
            let utf8 = text.utf8
            return text.split(whereSeparator: \.isWhitespace).map { word in
                utf8.distance(from: utf8.startIndex, to: word.startIndex)..<utf8.distance(from: utf8.startIndex, to: word.endIndex)
            }
        }
        var words: [Range<Int>] = []
        var start = -1
        for (index, byte) in bytes.enumerated() {
            if isASCIIWhitespace(byte) {
                if start >= 0 { words.append(start..<index) }
                start = -1
            } else if start < 0 {
                start = index
            }
        }
        if start >= 0 { words.append(start..<bytes.count) }
        return words
    }

    /// Whether the whitespace Characters of the text are exactly its ASCII whitespace bytes: always
    /// for ASCII text; otherwise when there is no non-ASCII whitespace, no non-ASCII scalar right
    /// after ASCII whitespace (it may extend the whitespace's grapheme cluster) and no scalar that
    /// may prepend itself to a following space (Grapheme_Cluster_Break=Prepend lies in
    /// U+0600–U+08FF, U+0D4E and above U+FFFF) right before it.
    static func splitsAtASCIIBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        if !bytes.contains(where: { $0 >= 0x80 }) { return true }
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if isASCIIWhitespace(UInt8(value)),
                   (0x0600...0x08FF).contains(previous) || previous == 0x0D4E || previous > 0xFFFF { return false }
            } else if previous < 0x80 && isASCIIWhitespace(UInt8(previous)) || isNonASCIIWhitespace(value) {
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
