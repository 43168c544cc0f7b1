/// Layout-noise removal shared by every extractor: markup, whitespace, list markers.
public enum TextCleaning {
    /// Removes inline markup a converter left (`<u>`, `<br>`, `**`, `*x*`, `__`) and collapses whitespace.
    public static func clean(_ text: String) -> String {
        var text = text
        // One pass over the bytes for the usual text without markup: it is collapsed right there.
        let plain = text.withUTF8 { bytes -> String?? in
            switch work(bytes) {
            case .markup: nil
            case .collapse: .some(collapsed(bytes))
            case .none: .some(nil)
            }
        }
        if let plain { return plain ?? text }
        var bytes = Array(text.utf8)
        if bytes.contains(UInt8(ascii: "<")) {
            for tag in removedTags { MarkupBytes.replace(tag, with: [], in: &bytes, ignoringCase: true) }
            for br in breakTags { MarkupBytes.replace(br, with: [0x20], in: &bytes, ignoringCase: true) }
        }
        MarkupBytes.replace(Array("**".utf8), with: [], in: &bytes, ignoringCase: false)
        MarkupBytes.replace(Array("__".utf8), with: [], in: &bytes, ignoringCase: false)
        return collapseWhitespace(MarkupBytes.removingEmphasisStars(bytes))
    }

    /// Tags removed without a trace, in the order they are removed (lower case; matched in any case).
    private static let removedTags: [[UInt8]] = ["<u>", "</u>", "<b>", "</b>", "<i>", "</i>", "<strong>", "</strong>", "<em>", "</em>"]
        .map { Array($0.utf8) }
    /// Line-break tags, each replaced by a space.
    private static let breakTags: [[UInt8]] = ["<br>", "<br/>", "<br />"].map { Array($0.utf8) }

    /// Collapses runs of whitespace (ASCII whitespace and the non-breaking space) into one space and trims.
    public static func collapseWhitespace(_ text: String) -> String {
        var text = text
        let result = text.withUTF8 { bytes -> String? in
            needsCollapsing(bytes) ? collapsed(bytes) : nil
        }
        return result ?? text
    }

    /// The collapsed text of bytes that need it, written straight into the new string's storage.
    private static func collapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            var pendingSpace = false
            var previous: UInt8 = 0
            for byte in bytes {
                defer { previous = byte }
                if byte == 0xC2 { continue }  // lead byte of U+00A0 or of another Latin-1 character: decided next
                let isSpace = ASCIIText.isWhitespace(byte) || (previous == 0xC2 && byte == 0xA0)
                if isSpace {
                    pendingSpace = count > 0
                    continue
                }
                // At most one byte is written per byte read (a pending space stands for at least one
                // whitespace byte, a kept 0xC2 was read and skipped), so `count` stays within capacity.
                if pendingSpace {
                    out[count] = 0x20
                    count += 1
                }
                pendingSpace = false
                if previous == 0xC2 {
                    out[count] = 0xC2
                    count += 1
                }
                out[count] = byte
                count += 1
            }
            return count
        }
    }

    /// What `clean` has to do with text that holds no markup.
    private enum Work { case markup, collapse, none }

    /// `.markup` when a markup byte occurs, else `.collapse` when `needsCollapsing`, else `.none`: both
    /// questions in one pass, where most bytes (printable ASCII other than the markup bytes) answer neither.
    /// Eight bytes are read at a time while they are such bytes and spaces; any other byte is looked at alone.
    private static func work(_ bytes: UnsafeBufferPointer<UInt8>) -> Work {
        var previous: UInt8 = 0x20  // a leading space counts as doubled
        var collapse = false
        guard let base = bytes.baseAddress else { return .none }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if !WordBytes.holdsOtherThanPlainASCIIAndSpaces(word) {
                    let spaces = WordBytes.highBits(where: word, equals: 0x20)
                    // A space after a space, within the word or across from the previous byte.
                    if spaces & (spaces << 8) != 0 || (previous == 0x20 && spaces & 0x80 != 0) { collapse = true }
                    previous = UInt8(truncatingIfNeeded: word &>> 56)
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            index += 1
            if byte > 0x20, byte < 0x80, !isMarkupByte(byte) {
                previous = byte
                continue
            }
            if isMarkupByte(byte) { return .markup }
            if byte == 0x20 {
                if previous == 0x20 { collapse = true }
            } else if (0x09...0x0D).contains(byte) || byte == 0xC2 {
                collapse = true
            }
            previous = byte
        }
        return collapse || (previous == 0x20 && !bytes.isEmpty) ? .collapse : .none
    }

    /// True unless the text is already collapsed: no leading, trailing or doubled space, no other
    /// whitespace byte, no non-breaking space. Lets the common clean cell through without copying it.
    private static func needsCollapsing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0x20  // a leading space counts as doubled
        for byte in bytes {
            if byte == 0x20 {
                if previous == 0x20 { return true }
            } else if (0x09...0x0D).contains(byte) || byte == 0xC2 {
                return true
            }
            previous = byte
        }
        return previous == 0x20 && !bytes.isEmpty
    }

    /// `trimmingCharacters(in: .whitespaces)`: drops leading and trailing tabs and space separators
    /// (Unicode category Zs: the space, NBSP, the typographic spaces), scalar by scalar as Foundation does.
    public static func trimSpaces(_ text: String) -> String {
        let bytes = text.utf8
        if let first = bytes.first, let last = bytes.last, isPlainASCII(first), isPlainASCII(last) { return text }
        return trimSpaces(Substring(text))
    }

    /// `trimSpaces` for a slice.
    public static func trimSpaces(_ text: Substring) -> String {
        let bytes = text.utf8
        if let first = bytes.first, let last = bytes.last, isPlainASCII(first), isPlainASCII(last) {
            return String(text)
        }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(Substring(scalars[start...last]))
    }

    /// A tab, a space separator or the zero-width space (what `CharacterSet.whitespaces` holds).
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// An ASCII byte that is neither a space, a tab nor another control character.
    private static func isPlainASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    /// Trims trailing list punctuation that is not part of the text: `;`, `,`, a detached ` .`.
    public static func trimListPunctuation(_ text: String) -> String {
        let bytes = text.utf8
        var end = bytes.count
        // Byte by byte while the last three bytes are ASCII: each is then a `Character` of its own
        // (CR LF, one whitespace `Character`, is trimmed byte by byte to the same end).
        while end > 0 {
            let last = byteAt(end - 1, bytes), previous = end >= 2 ? byteAt(end - 2, bytes) : 0
            guard last < 0x80, previous < 0x80, end < 3 || byteAt(end - 3, bytes) < 0x80 else {
                return trimListPunctuation(characters: Substring(bytes.prefix(end)))
            }
            if last == UInt8(ascii: ";") || last == UInt8(ascii: ",") || ASCIIText.isWhitespace(last) {
                end -= 1
            } else if last == UInt8(ascii: "."), end >= 2, ASCIIText.isWhitespace(previous) {
                end -= 1
            } else {
                break
            }
        }
        return end == bytes.count ? text : String(Substring(bytes.prefix(end)))
    }

    private static func byteAt(_ offset: Int, _ bytes: String.UTF8View) -> UInt8 {
        bytes[bytes.index(bytes.startIndex, offsetBy: offset)]
    }

    /// A byte that can start the markup `clean` removes: `<` of a tag, `*` or `_` of emphasis.
    static func isMarkupByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_")
    }

    /// True when `clean` may find markup in the text (which it may then pair across words and sentences).
    static func mayHoldMarkup<S: StringProtocol>(_ text: S) -> Bool { text.utf8.contains(where: isMarkupByte) }

    /// `trimListPunctuation` by `Character`, for text that ends in non-ASCII characters.
    private static func trimListPunctuation(characters: Substring) -> String {
        var s = characters
        while let last = s.last {
            if last == ";" || last == "," || last.isWhitespace {
                s = s.dropLast()
            } else if last == ".", s.dropLast().last?.isWhitespace == true {
                s = s.dropLast()
            } else {
                break
            }
        }
        return String(s)
    }
}
