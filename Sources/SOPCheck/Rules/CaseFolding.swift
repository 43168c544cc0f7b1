import Foundation

/// Case folding for the rules' comparisons, with a byte path for ASCII text and `String.lowercased()`
/// (and `Character` comparison) for any other.
enum CaseFolding {
    /// `text` lowercased, its whitespace runs joined by one space and none at either end:
    /// "Peraturan  Daerah\n" → "peraturan daerah" (as `lowercased().split(whereSeparator: \.isWhitespace)`).
    static func foldedWords(_ text: String) -> String {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else {
                return text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            }
            if isASCIIWhitespace(byte) {
                pendingSpace = !folded.isEmpty
                continue
            }
            if pendingSpace {
                folded.append(UInt8(ascii: " "))
                pendingSpace = false
            }
            folded.append(asciiLowercased(byte))
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// Whether `text.lowercased().hasPrefix(prefix)`, for a `prefix` already lowercased.
    static func lowercased(_ text: String, hasPrefix prefix: String) -> Bool {
        let verdict = text.utf8.withContiguousStorageIfAvailable { head in
            prefix.utf8.withContiguousStorageIfAvailable { prefix in asciiLowercased(head, hasPrefix: prefix) } ?? nil
        } ?? nil
        return verdict ?? text.lowercased().hasPrefix(prefix)
    }

    /// The verdict for ASCII bytes; nil when a byte of `prefix`, or of `text` up to one past the
    /// prefix (which decides where the prefix's last Character ends), is not ASCII. Two ASCII first
    /// bytes that differ decide at once: the first Characters differ in their first scalar.
    private static func asciiLowercased(_ text: UnsafeBufferPointer<UInt8>, hasPrefix prefix: UnsafeBufferPointer<UInt8>) -> Bool? {
        if let head = text.first, let first = prefix.first, head < 0x80, first < 0x80, asciiLowercased(head) != first { return false }
        let checked = min(text.count, prefix.count + 1)
        for index in 0..<checked where text[index] >= 0x80 { return nil }
        for byte in prefix where byte >= 0x80 { return nil }
        guard text.count >= prefix.count else { return false }
        for index in 0..<prefix.count where asciiLowercased(text[index]) != prefix[index] { return false }
        // "\r\n" is one Character, so a prefix ending in "\r" does not end inside it.
        if let last = prefix.last, last == 0x0D, text.count > prefix.count, text[prefix.count] == 0x0A { return false }
        return true
    }

    /// `word.lowercased().trimmingCharacters(in: .punctuationCharacters)`, by bytes when `word` is ASCII.
    static func lowercasedTrimmingPunctuation(_ word: Substring) -> String {
        let folded: String? = word.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var start = 0, end = bytes.count
            while start < end, isASCIIPunctuation(bytes[start]) { start += 1 }
            while end > start, isASCIIPunctuation(bytes[end - 1]) { end -= 1 }
            return String(unsafeUninitializedCapacity: end - start) { buffer in
                for offset in 0..<(end - start) { buffer[offset] = asciiLowercased(bytes[start + offset]) }
                return end - start
            }
        } ?? nil
        return folded ?? word.lowercased().trimmingCharacters(in: .punctuationCharacters)
    }

    /// The ASCII members of `CharacterSet.punctuationCharacters` (Unicode category P): not `$+<=>^`|~`, which are symbols.
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "!")...UInt8(ascii: "#"), UInt8(ascii: "%")...UInt8(ascii: "*"), UInt8(ascii: ",")...UInt8(ascii: "/"),
             UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "?"), UInt8(ascii: "@"), UInt8(ascii: "[")...UInt8(ascii: "]"),
             UInt8(ascii: "_"), UInt8(ascii: "{"), UInt8(ascii: "}"): true
        default: false
        }
    }

    /// The bytes `Character.isWhitespace` accepts among ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
