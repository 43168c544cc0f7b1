/// The bytes a JSON string escapes: `"`, `\` and the C0 controls (below 0x20), tested one at a time
/// or eight at a time in a word (SWAR: a byte of the word is zero, or below a bound, exactly when its
/// subtraction borrows into its high bit).
enum JSONEscapes {
    /// Whether `byte` must be escaped inside a JSON string.
    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Whether any of the eight bytes of `word` must be escaped.
    @inline(__always)
    static func anyIn(_ word: UInt64) -> Bool {
        anyBelow(0x20, word) || anyBelow(1, word ^ (ones &* 0x22)) || anyBelow(1, word ^ (ones &* 0x5C))
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// Whether a byte of `word` is below `bound` (at most 128): exact as a yes/no.
    @inline(__always)
    private static func anyBelow(_ bound: UInt64, _ word: UInt64) -> Bool {
        (word &- ones &* bound) & ~word & (ones &* 0x80) != 0
    }
}
