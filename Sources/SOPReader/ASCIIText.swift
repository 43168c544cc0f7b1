/// Tells when a text can be read byte by byte: ASCII without CR, where one UTF-8 byte is one
/// `Character` (CR LF is the only ASCII pair Swift joins into one). The reader's fast paths ask this.
enum ASCIIText {
    static func isOneBytePerCharacter(_ text: Substring) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isOneBytePerCharacter) ?? text.utf8.allSatisfy(isPlainByte)
    }

    static func isOneBytePerCharacter(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isOneBytePerCharacter) ?? text.utf8.allSatisfy(isPlainByte)
    }

    private static func isOneBytePerCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
}
