/// The words of a text: the runs between whitespace Characters (`Character.isWhitespace`), as
/// `text.split(whereSeparator: \.isWhitespace)` gives them, as UTF-8 offset ranges. When every
/// whitespace Character of the text is a lone ASCII whitespace byte the split runs over the bytes
/// as they are read; otherwise the Character split is made first.
struct WordSplitter: IteratorProtocol {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// The words of a text that needs the Character split.
    private var splitWords: [Range<Int>]?

    /// The words of `text`, whose UTF-8 is `bytes`.
    init(utf8 bytes: UnsafeBufferPointer<UInt8>, of text: String) {
        self.bytes = bytes
        guard !Self.splitsAtASCIIBytes(bytes, text) else { return }
        let utf8 = text.utf8
        splitWords = text.split(whereSeparator: \.isWhitespace).map { word in
            let start = utf8.distance(from: utf8.startIndex, to: word.startIndex)
            return start..<start + word.utf8.count
        }
    }

    mutating func next() -> Range<Int>? {
        if let splitWords {
            guard index < splitWords.count else { return nil }
            defer { index += 1 }
            return splitWords[index]
        }
        while index < bytes.count && Self.isASCIIWhitespace(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        let start = index
        while index < bytes.count && !Self.isASCIIWhitespace(bytes[index]) { index += 1 }
        return start..<index
    }

    /// Whether the whitespace Characters of the text are exactly its ASCII whitespace bytes: always
    /// for ASCII text; otherwise when there is no non-ASCII whitespace, no scalar that may extend a
    /// grapheme cluster right after ASCII whitespace, and no scalar that may prepend itself to a
    /// following space (Grapheme_Cluster_Break=Prepend lies in U+0600–U+08FF, U+0D4E and above
    /// U+FFFF) right before it.
    static func splitsAtASCIIBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        if !bytes.contains(where: { $0 >= 0x80 }) { return true }
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if isASCIIWhitespace(UInt8(value)),
                   (0x0600...0x08FF).contains(previous) || previous == 0x0D4E || previous > 0xFFFF { return false }
            } else if isNonASCIIWhitespace(value) || previous < 0x80 && isASCIIWhitespace(UInt8(previous)) && !startsCluster(value) {
                return false
            }
            previous = value
        }
        return true
    }

    /// Scalars whose Grapheme_Cluster_Break is Other or Control, so they never extend the cluster
    /// before them: U+0080–U+02FF (Latin-1, Latin Extended, IPA, spacing modifiers) and the
    /// General Punctuation, arrows and technical blocks (U+2010–U+2027, U+2030–U+205E, U+2190–U+23FF).
    private static func startsCluster(_ value: UInt32) -> Bool {
        switch value {
        case 0x80...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x23FF: true
        default: false
        }
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
