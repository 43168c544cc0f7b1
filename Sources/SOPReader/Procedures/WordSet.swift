/// A fixed set of words that turns down most other words by their first byte and their length before
/// hashing them. A string equal to such a word (canonical equivalence included) has the same bytes
/// when the word is ASCII, as the built-in sets are; for other words the test is as exact as `Set`'s.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let words: Set<String>
    /// Bit n % 64 of word n / 64 set when a word starts with byte n.
    private let firstBytes: (UInt64, UInt64, UInt64, UInt64)
    /// Bit n set when a word has n bytes; words of 64 bytes or more set bit 63 and are always hashed.
    private let lengths: UInt64

    init(_ words: some Sequence<String>) {
        self.words = Set(words)
        var firstBytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var lengths: UInt64 = 0
        for word in self.words {
            if let first = word.utf8.first {
                let bit = UInt64(1) << UInt64(first & 63)
                switch first >> 6 {
                case 0: firstBytes.0 |= bit
                case 1: firstBytes.1 |= bit
                case 2: firstBytes.2 |= bit
                default: firstBytes.3 |= bit
                }
            }
            lengths |= 1 << UInt64(min(word.utf8.count, 63))
        }
        self.firstBytes = firstBytes
        self.lengths = lengths
    }

    init(arrayLiteral words: String...) { self.init(words) }

    /// Inlined where it is asked: most words are turned down by their first byte and length alone.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        guard let first = word.utf8.first, startsSomeWord(first),
              lengths & (1 << UInt64(min(word.utf8.count, 63))) != 0 else { return false }
        return hashedContains(word)
    }

    @inline(__always)
    private func startsSomeWord(_ byte: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return firstBytes.0 & bit != 0
        case 1: return firstBytes.1 & bit != 0
        case 2: return firstBytes.2 & bit != 0
        default: return firstBytes.3 & bit != 0
        }
    }

    @inline(never)
    private func hashedContains(_ word: String) -> Bool { words.contains(word) }
}
