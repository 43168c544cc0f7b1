/// A fixed set of lower-case ASCII words that turns down most other words by their first byte and their
/// length before hashing them. A string equal to such a word (canonical equivalence included) has the
/// same bytes, so the test is exact for any string.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let words: Set<String>
    /// Bit n of `firstBytes.0` (bytes 0–63) or `.1` (64–127) set when a word starts with byte n.
    private let firstBytes: (UInt64, UInt64)
    /// Bit n set when a word has n bytes; words of 64 bytes or more set bit 63 and are always hashed.
    private let lengths: UInt64

    init(_ words: some Sequence<String>) {
        self.words = Set(words)
        var firstBytes: (UInt64, UInt64) = (0, 0)
        var lengths: UInt64 = 0
        for word in self.words {
            assert(word.utf8.allSatisfy { $0 < 0x80 }, "WordSet holds ASCII words")
            if let first = word.utf8.first {
                if first < 64 { firstBytes.0 |= 1 << UInt64(first) } else { firstBytes.1 |= 1 << UInt64(first - 64) }
            }
            lengths |= 1 << UInt64(min(word.utf8.count, 63))
        }
        self.firstBytes = firstBytes
        self.lengths = lengths
    }

    init(arrayLiteral words: String...) { self.init(words) }

    func contains(_ word: String) -> Bool {
        guard let first = word.utf8.first, first < 128,
              (first < 64 ? firstBytes.0 >> UInt64(first) : firstBytes.1 >> UInt64(first - 64)) & 1 != 0,
              lengths & (1 << UInt64(min(word.utf8.count, 63))) != 0 else { return false }
        return words.contains(word)
    }
}
