/// The bytes a JSON string escapes: `"`, `\` and the C0 controls (below 0x20), tested one at a time
/// or eight at a time in a word (SWAR: a byte of the word is zero, or below a bound, exactly when its
/// subtraction borrows into its high bit).
enum JSONEscapes {
    /// Whether `byte` must be escaped inside a JSON string.
    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Whether any of the eight bytes of `word` must be escaped (the three tests combined without
    /// branches).
    @inline(__always)
    static func anyIn(_ word: UInt64) -> Bool {
        (bytesBelow(0x20, word) | bytesBelow(1, word ^ (ones &* 0x22)) | bytesBelow(1, word ^ (ones &* 0x5C))) != 0
    }

    private static var ones: UInt64 { 0x0101_0101_0101_0101 }

    /// Nonzero exactly when a byte of `word` is below `bound` (at most 128).
    @inline(__always)
    private static func bytesBelow(_ bound: UInt64, _ word: UInt64) -> UInt64 {
        (word &- ones &* bound) & ~word & (ones &* 0x80)
    }
}
