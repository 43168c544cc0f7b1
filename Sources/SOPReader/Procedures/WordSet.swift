/// A fixed set of words that turns down most other words by their first byte and their length before
/// hashing them. A string equal to such a word (canonical equivalence included) has the same bytes
/// when the word is ASCII, as the built-in sets are; for other words the test is as exact as `Set`'s.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let words: Set<String>
    /// The bytes the words start with.
    private let firstBytes: ByteSet
    /// Bit n set when a word has n bytes; words of 64 bytes or more set bit 63 and are always hashed.
    private let lengths: UInt64

    init(_ words: some Sequence<String>) {
        self.words = Set(words)
        var firstBytes = ByteSet()
        var lengths: UInt64 = 0
        for word in self.words {
            if let first = word.utf8.first { firstBytes.insert(first) }
            lengths |= 1 << UInt64(min(word.utf8.count, 63))
        }
        self.firstBytes = firstBytes
        self.lengths = lengths
    }

    init(arrayLiteral words: String...) { self.init(words) }

    /// Inlined where it is asked: most words are turned down by their first byte and length alone.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        guard let first = word.utf8.first, firstBytes.contains(first),
              lengths & (1 << UInt64(min(word.utf8.count, 63))) != 0 else { return false }
        return hashedContains(word)
    }

    @inline(never)
    private func hashedContains(_ word: String) -> Bool { words.contains(word) }
}
