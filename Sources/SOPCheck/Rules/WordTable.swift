import SOPModel

/// Case-folded words as small integer ids, for rules that compare phrases word by word. An ASCII
/// word is looked up by its bytes, lowercased while it is hashed and compared (no String is made);
/// a word with other characters by its String (so canonically equivalent spellings share an id).
/// Words added at `init` get the first ids, in order, so a rule can tell its word lists by id range.
struct WordTable {
    /// The lowercased bytes of the ASCII words, one after another; `starts[id]..<starts[id + 1]`
    /// are those of word `id` (empty for a word with other characters).
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    /// Open addressing by hash: `id + 1` of an ASCII word, 0 for a free slot; a power of two long.
    private var slots = [Int32](repeating: 0, count: 512)
    private var otherIDs: [String: Int] = [:]
    /// By id: whether the word has characters other than ASCII (it is in `otherIDs`, not in `slots`).
    private var isOther: [Bool] = []

    /// The number of ids given.
    var count: Int { starts.count - 1 }

    /// A table whose first ids are those of `words` (already lowercased), in order.
    init(_ words: [String]) {
        for word in words { _ = id(ofLowercased: word) }
    }

    /// The id of ASCII `word` lowercased (new words get the next id).
    mutating func id(ofASCII word: UnsafeBufferPointer<UInt8>) -> Int {
        let mask = slots.count - 1
        var slot = Self.hash(word) & mask
        let found: Int? = slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                starts.withUnsafeBufferPointer { starts in
                    while slots[slot] != 0 {
                        let id = Int(slots[slot]) - 1
                        if Self.equal(arena, from: starts[id], to: starts[id + 1], word) { return id }
                        slot = (slot + 1) & mask
                    }
                    return nil
                }
            }
        }
        if let found { return found }
        let id = count
        let start = arena.count
        arena.append(contentsOf: word)
        for index in start..<arena.count { arena[index] = CaseFolding.asciiLowercased(arena[index]) }
        starts.append(arena.count)
        isOther.append(false)
        slots[slot] = Int32(truncatingIfNeeded: id + 1)
        if (count - otherIDs.count) * 2 > slots.count { grow() }
        return id
    }

    /// The id of a word already lowercased, of any characters.
    mutating func id(ofLowercased word: String) -> Int {
        var word = word
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.withUTF8 { self.id(ofASCII: $0) }
        }
        if let id = otherIDs[word] { return id }
        let id = count
        starts.append(arena.count)
        isOther.append(true)
        otherIDs[word] = id
        return id
    }

    /// Whether the stored word at `arena[start..<end]` is `word` lowercased.
    private static func equal(_ arena: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end - start == word.count else { return false }
        for offset in 0..<word.count where arena[start + offset] != CaseFolding.asciiLowercased(word[offset]) { return false }
        return true
    }

    /// Doubles the slots and places every ASCII word again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for id in 0..<count where !isOther[id] {
            var slot = arena[starts[id]..<starts[id + 1]].withUnsafeBufferPointer { Self.hash($0) } & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: id + 1)
        }
    }

    /// The hash of `word` lowercased (seeded per process).
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int { ASCIIFoldedHash.of(word[...]) }
}
