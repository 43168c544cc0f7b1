/// A fixed set of words that turns down most other words by their first byte and their length, and
/// finds the rest among the few words of that length without hashing. When every word is ASCII without
/// capitals (as the built-in sets are), a string equal to one (canonical equivalence included) has the
/// same bytes, so the test is exact for any string; a set with other words is an ordinary `Set`.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// Per byte length (63 for 63 and more), the words of that length; nil when a word is not lower-case ASCII.
    private let byLength: [[String]]?
    private let words: Set<String>
    /// The bytes the words start with.
    private let firstBytes: ByteSet
    /// Bit n set when a word has n bytes; words of 63 bytes or more set bit 63.
    private let lengths: UInt64

    init(_ words: some Sequence<String>) {
        self.words = Set(words)
        var firstBytes = ByteSet()
        var lengths: UInt64 = 0
        var byLength = [[String]](repeating: [], count: min(self.words.map(\.utf8.count).max() ?? 0, 63) + 1)
        var plain = true
        for word in self.words {
            if let first = word.utf8.first { firstBytes.insert(first) }
            lengths |= 1 << UInt64(min(word.utf8.count, 63))
            byLength[min(word.utf8.count, 63)].append(word)
            plain = plain && word.utf8.allSatisfy { $0 < 0x80 && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
        }
        self.firstBytes = firstBytes
        self.lengths = lengths
        self.byLength = plain ? byLength : nil
    }

    init(arrayLiteral words: String...) { self.init(words) }

    /// False when no word starts with the byte or has the length: a word read from bytes can be turned
    /// down before it is made a string. (Always true for a set of other than lower-case ASCII words.)
    @inline(__always)
    func mayContain(firstByte: UInt8, length: Int) -> Bool {
        byLength == nil || (firstBytes.contains(firstByte) && lengths & (1 << UInt64(min(length, 63))) != 0)
    }

    /// Inlined where it is asked: most words are turned down by their first byte and length alone.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        guard let byLength else { return words.contains(word) }
        let length = min(word.utf8.count, 63)
        guard let first = word.utf8.first, firstBytes.contains(first), lengths & (1 << UInt64(length)) != 0 else { return false }
        return Self.holds(byLength[length], word)  // a length bit is set only below `byLength.count`
    }

    @inline(never)
    private static func holds(_ candidates: [String], _ word: String) -> Bool { candidates.contains(word) }
}
