import Foundation

/// Tells when a text can be read byte by byte: ASCII without CR, where one UTF-8 byte is one
/// `Character` (CR LF is the only ASCII pair Swift joins into one). The reader's fast paths ask this.
enum ASCIIText {
    /// The ASCII bytes `Character.isWhitespace` accepts: tab, LF, VT, FF, CR and space.
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// True when the byte occurs in the text, found with `memchr` in its contiguous bytes.
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// True when every byte of the text is ASCII.
    static func isASCII<S: StringProtocol>(_ text: S) -> Bool { isASCII(text.utf8) }

    /// True when every byte is ASCII, read from contiguous storage when there is one.
    static func isASCII<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.withContiguousStorageIfAvailable { !$0.contains(where: { $0 >= 0x80 }) } ?? bytes.allSatisfy { $0 < 0x80 }
    }

    /// The byte with A–Z mapped to a–z, as `lowercased` maps ASCII.
    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 { byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte }

    /// The ASCII bytes as a string, A–Z lower-cased; eight bytes at a time.
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            guard let base = bytes.baseAddress, let target = out.baseAddress else { return 0 }
            WordBytes.copyLowercased(base, to: target, count: bytes.count)
            return bytes.count
        }
    }

    /// `text.allSatisfy(\.isWhitespace)`: an ASCII byte other than whitespace is a non-whitespace
    /// `Character` (or part of one) and decides at once; only text with other bytes needs the `Character`s.
    static func isBlank(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte >= 0x80 { return text.allSatisfy(\.isWhitespace) }
            if !isWhitespace(byte) { return false }
        }
        return true
    }

    static func isOneBytePerCharacter(_ text: Substring) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isOneBytePerCharacter) ?? text.utf8.allSatisfy(isPlainByte)
    }

    static func isOneBytePerCharacter(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isOneBytePerCharacter) ?? text.utf8.allSatisfy(isPlainByte)
    }

    static func isOneBytePerCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        // Eight bytes at a time: no high bit set, and no byte equal to CR (a zero byte of word ^ CR…).
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if word & 0x8080_8080_8080_8080 != 0 { return false }
            if WordBytes.hasZeroByte(word ^ 0x0D0D_0D0D_0D0D_0D0D) { return false }
            index += 8
        }
        while index < bytes.count {
            if !isPlainByte(bytes[index]) { return false }
            index += 1
        }
        return true
    }

    private static func isPlainByte(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x0D }

    /// Where the ASCII `pattern` next occurs in `text` at or after `start`, compared as bytes; a cheap
    /// scan that lets a slower `Character`-aware search start at the first place it could match.
    static func firstIndex(of pattern: String, in text: Substring, from start: Substring.Index) -> Substring.Index? {
        var pattern = pattern
        let bytes = text.utf8
        let from = bytes.distance(from: bytes.startIndex, to: start)
        let searched = bytes.withContiguousStorageIfAvailable { haystack in
            pattern.withUTF8 { needle in firstOffset(of: needle, in: haystack, from: from) }
        }
        if let searched { return searched.map { bytes.index(bytes.startIndex, offsetBy: $0) } }
        let needle = Array(pattern.utf8)
        guard let first = needle.first else { return start }
        var index = start
        while let hit = bytes[index...].firstIndex(of: first) {
            if bytes[hit...].starts(with: needle) { return hit }
            index = bytes.index(after: hit)
        }
        return nil
    }

    /// The offset of the first occurrence of `needle` in `haystack` at or after `from`.
    private static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>,
                                    from: Int) -> Int? {
        guard let first = needle.first else { return from }
        guard haystack.count >= needle.count else { return nil }
        var i = from
        let lastStart = haystack.count - needle.count
        outer: while i <= lastStart {
            if haystack[i] == first {
                for k in 1..<needle.count where haystack[i + k] != needle[k] {
                    i += 1
                    continue outer
                }
                return i
            }
            i += 1
        }
        return nil
    }

    /// `,` `;` `:` `.` `(` `)`: what surrounds a word without belonging to it.
    static func isWordPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "("),
             UInt8(ascii: ")"): true
        default: false
        }
    }

    /// `text` without the leading and trailing `Character`s that are one ASCII scalar accepted by
    /// `isTrimmed` (which must accept neither CR nor LF). A byte decides where its neighbour is ASCII
    /// (then it is a `Character` of its own); next to a non-ASCII byte the `Character` is looked at.
    static func trimming(_ text: Substring, where isTrimmed: (UInt8) -> Bool) -> Substring {
        func trimmedBounds(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
            trimmedRange(of: text, bytes: bytes, where: isTrimmed)
        }
        let utf8 = text.utf8
        let range = utf8.withContiguousStorageIfAvailable(trimmedBounds) ?? Array(utf8).withUnsafeBufferPointer(trimmedBounds)
        return text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
    }

    /// The byte offsets `trimming` keeps of `text`, whose UTF-8 bytes are `bytes`.
    private static func trimmedRange(of text: Substring, bytes: UnsafeBufferPointer<UInt8>,
                                     where isTrimmed: (UInt8) -> Bool) -> Range<Int> {
        /// True when the `Character` starting (or ending) at a byte next to non-ASCII is one trimmed byte.
        /// (A non-ASCII character Swift holds equal to ASCII punctuation, U+037E for `;`, is kept.)
        func trims(_ character: Character?) -> Bool {
            guard let character, character.utf8.count == 1, let byte = character.utf8.first else { return false }
            return isTrimmed(byte)
        }
        func slice(_ from: Int, _ to: Int) -> Substring {
            let utf8 = text.utf8
            return text[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)]
        }
        var start = 0
        var end = bytes.count
        while start < end {
            let byte = bytes[start]
            let next = start + 1 < end ? bytes[start + 1] : 0
            let trimmed = byte < 0x80 && next < 0x80 ? isTrimmed(byte) : trims(slice(start, end).first)
            guard trimmed else { break }
            start += 1
        }
        while start < end {
            let byte = bytes[end - 1]
            let previous = end - 1 > start ? bytes[end - 2] : 0
            let trimmed = byte < 0x80 && previous < 0x80 ? isTrimmed(byte) : trims(slice(start, end).last)
            guard trimmed else { break }
            end -= 1
        }
        return start..<end
    }

    /// Where the first `Character` that is the ASCII `byte` alone stands, as `text.firstIndex(of:)`
    /// finds it, for any byte but CR and LF (which CR LF joins into one `Character`). The bytes find
    /// it; only a non-ASCII neighbour (which might join it to a combining mark or a prepended
    /// character) sends the search to the `Character` view.
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
        func cut(_ buffer: UnsafeBufferPointer<UInt8>) -> [Substring]? {
            byteWords(in: text, buffer: buffer, maxSplits: maxSplits, separatedBy: isSeparator)
        }
        let words = text.utf8.withContiguousStorageIfAvailable(cut) ?? Array(text.utf8).withUnsafeBufferPointer(cut)
        return words ?? text.split(maxSplits: maxSplits, omittingEmptySubsequences: true) { character in
            character.utf8.count == 1 && character.utf8.first.map(isSeparator) == true
        }
    }

    /// The words of `text`, whose UTF-8 bytes are `buffer`, cut on the bytes; nil when a separator
    /// stands next to a non-ASCII byte (it might then belong to a larger `Character`).
    private static func byteWords(in text: Substring, buffer: UnsafeBufferPointer<UInt8>, maxSplits: Int,
                                  separatedBy isSeparator: (UInt8) -> Bool) -> [Substring]? {
        let utf8 = text.utf8
        func piece(_ from: Int, _ to: Int) -> Substring {
            text[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)]
        }
        var words: [Substring] = []
        var start = 0
        var previous: UInt8 = 0
        var index = 0
        while index < buffer.count {
            let byte = buffer[index]
            if byte < 0x80, isSeparator(byte) {
                if previous >= 0x80 || (index + 1 < buffer.count && buffer[index + 1] >= 0x80) { return nil }
                if start < index {
                    words.append(piece(start, index))
                    if words.count == maxSplits {
                        start = index + 1
                        break
                    }
                }
                start = index + 1
            }
            previous = byte
            index += 1
        }
        if start < buffer.count { words.append(piece(start, buffer.count)) }
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

    /// Where the lower-case ASCII `pattern` first occurs in ASCII `text` at or after `start`, in any case,
    /// as Foundation's case-insensitive `range(of:)` finds it there; `lowered` is `lowercased(text)`
    /// (for ASCII text the same bytes at the same offsets). nil when `lowered` has another byte length,
    /// which it only has when the text is not ASCII.
    static func caseInsensitiveRange(of pattern: String, in text: String, lowered: String,
                                     from start: String.Index) -> Range<String.Index>? {
        guard lowered.utf8.count == text.utf8.count else { return nil }
        let offset = text.utf8.distance(from: text.startIndex, to: start)
        let lower = Substring(lowered)
        guard let hit = firstIndex(of: pattern, in: lower, from: lower.utf8.index(lower.startIndex, offsetBy: offset)) else {
            return nil
        }
        let from = text.utf8.index(text.startIndex, offsetBy: lower.utf8.distance(from: lower.startIndex, to: hit))
        return from..<text.utf8.index(from, offsetBy: pattern.utf8.count)
    }

    /// `text.lowercased()`, made in one pass over the bytes when the text is ASCII (where `lowercased`
    /// maps A–Z to a–z and nothing else); other text goes to the standard library.
    static func lowercased(_ text: Substring) -> String {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            isASCII(bytes) ? lowercased(bytes) : nil
        }
        return (ascii ?? nil) ?? text.lowercased()
    }

    /// The first run of bytes other than ASCII whitespace at or after `index`; nil when only whitespace
    /// is left. Walking it from word end to word end cuts ASCII text as `whitespaceWords` does.
    @inline(__always)
    static func wordRange<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, from index: Int) -> Range<Int>?
    where Bytes.Index == Int {
        var index = index
        while index < bytes.endIndex, isWhitespace(bytes[index]) { index += 1 }
        let start = index
        while index < bytes.endIndex, !isWhitespace(bytes[index]) { index += 1 }
        return start < index ? start..<index : nil
    }

    /// `text.split(whereSeparator: \.isWhitespace)`: cut on the bytes when the text is ASCII without CR
    /// (whitespace is then the bytes 0x09–0x0D and the space), else by `Character`.
    static func whitespaceWords(in text: String) -> [Substring] {
        guard isOneBytePerCharacter(text) else { return text.split(whereSeparator: \.isWhitespace) }
        return words(in: Substring(text), maxSplits: Int.max, separatedBy: isWhitespace)
    }
}
