/// Tells when a text can be read byte by byte: ASCII without CR, where one UTF-8 byte is one
/// `Character` (CR LF is the only ASCII pair Swift joins into one). The reader's fast paths ask this.
enum ASCIIText {
    static func isOneBytePerCharacter(_ text: Substring) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isOneBytePerCharacter) ?? text.utf8.allSatisfy(isPlainByte)
    }

    static func isOneBytePerCharacter(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isOneBytePerCharacter) ?? text.utf8.allSatisfy(isPlainByte)
    }

    static func isOneBytePerCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy(isPlainByte)
    }

    private static func isPlainByte(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x0D }

    /// Where the ASCII `pattern` next occurs in `text` at or after `start`, compared as bytes; a cheap
    /// scan that lets a slower `Character`-aware search start at the first place it could match.
    static func firstIndex(of pattern: String, in text: Substring, from start: Substring.Index) -> Substring.Index? {
        let needle = Array(pattern.utf8)
        guard let first = needle.first else { return start }
        let bytes = text.utf8
        var index = start
        while let hit = bytes[index...].firstIndex(of: first) {
            if bytes[hit...].starts(with: needle) { return hit }
            index = bytes.index(after: hit)
        }
        return nil
    }

    /// Where the first `Character` that is the ASCII `byte` alone stands, as `text.firstIndex(of:)`
    /// finds it. The bytes find it; only a non-ASCII neighbour (which might join it to a combining mark
    /// or a prepended character) sends the search to the `Character` view.
    static func firstIndex(ofCharacter byte: UInt8, in text: Substring) -> Substring.Index? {
        let bytes = text.utf8
        let found: Substring.Index?
        if let offset = bytes.withContiguousStorageIfAvailable({ $0.firstIndex(of: byte) }) {
            found = offset.map { bytes.index(bytes.startIndex, offsetBy: $0) }
        } else {
            found = bytes.firstIndex(of: byte)
        }
        guard let hit = found else { return nil }
        let next = bytes.index(after: hit)
        let before = hit > bytes.startIndex ? bytes[bytes.index(before: hit)] : 0
        let after = next < bytes.endIndex ? bytes[next] : 0
        if before < 0x80, after < 0x80 { return hit }
        return text.firstIndex(of: Character(Unicode.Scalar(byte)))
    }

    /// `text.split(separator: " ", maxSplits:, omittingEmptySubsequences: true)`, cut on the bytes while
    /// every space stands between ASCII bytes (a space is then a `Character` of its own); otherwise
    /// the `Character` split. Only as much of the text is read as the pieces need.
    static func words(in text: Substring, maxSplits: Int = Int.max) -> [Substring] {
        words(in: text, maxSplits: maxSplits, separatedBy: { $0 == 0x20 })
    }

    /// `words(in:maxSplits:)` with other ASCII separators: the pieces between runs of bytes that
    /// `isSeparator` accepts, as `split(maxSplits:omittingEmptySubsequences:whereSeparator:)` cuts them.
    static func words(in text: Substring, maxSplits: Int, separatedBy isSeparator: (UInt8) -> Bool) -> [Substring] {
        guard maxSplits > 0 else { return text.isEmpty ? [] : [text] }
        let bytes = text.utf8
        var words: [Substring] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        var previous: UInt8 = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if byte < 0x80, isSeparator(byte) {
                if previous >= 0x80 || (next < bytes.endIndex && bytes[next] >= 0x80) {
                    return text.split(maxSplits: maxSplits, omittingEmptySubsequences: true) { character in
                        character.utf8.count == 1 && character.utf8.first.map(isSeparator) == true
                    }
                }
                if start < index {
                    words.append(text[start..<index])
                    if words.count == maxSplits {
                        start = next
                        break
                    }
                }
                start = next
            }
            previous = byte
            index = next
        }
        if start < bytes.endIndex { words.append(text[start...]) }
        return words
    }

    /// `text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")`: the words
    /// with one space between them, built in one buffer when every space stands between ASCII bytes.
    static func wordsJoined(_ text: Substring) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var previous: UInt8 = 0
        var pendingSpace = false
        var bytes = text.utf8.makeIterator()
        var next = bytes.next()
        while let byte = next {
            next = bytes.next()
            if byte == 0x20 {
                if previous >= 0x80 || (next ?? 0) >= 0x80 {
                    return text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                }
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
            previous = byte
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text.split(whereSeparator: \.isWhitespace)`: cut on the bytes when the text is ASCII without CR
    /// (whitespace is then the bytes 0x09–0x0D and the space), else by `Character`.
    static func whitespaceWords(in text: String) -> [Substring] {
        guard isOneBytePerCharacter(text) else { return text.split(whereSeparator: \.isWhitespace) }
        return words(in: Substring(text), maxSplits: Int.max, separatedBy: { $0 == 0x20 || (0x09...0x0D).contains($0) })
    }
}
