/// A fixed set of lower-case ASCII words that turns down most other words by their first byte and their
/// length before hashing them. A string equal to such a word (canonical equivalence included) has the
/// same bytes, so the test is exact for any string.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let words: Set<String>
    /// Per byte value, whether a word starts with it.
    private let firstBytes: [Bool]
    /// Bit n set when a word has n bytes; words of 64 bytes or more set bit 63 and are always hashed.
    private let lengths: UInt64

    init(_ words: some Sequence<String>) {
        self.words = Set(words)
        var firstBytes = [Bool](repeating: false, count: 256)
        var lengths: UInt64 = 0
        for word in self.words {
            if let first = word.utf8.first { firstBytes[Int(first)] = true }
            lengths |= 1 << UInt64(min(word.utf8.count, 63))
        }
        self.firstBytes = firstBytes
        self.lengths = lengths
    }

    init(arrayLiteral words: String...) { self.init(words) }

    func contains(_ word: String) -> Bool {
        guard let first = word.utf8.first, firstBytes[Int(first)],
              lengths & (1 << UInt64(min(word.utf8.count, 63))) != 0 else { return false }
        return words.contains(word)
    }
}
