/// What a word of an activity or actor name is to the procedure recognisers (an office abbreviation, a
/// stop word, a condition word, a hand-over verb…), looked up once when the word is added to a `WordList`
/// and read by every recogniser from there, so that no recogniser compares the word's bytes again.
struct WordRole: OptionSet, Sendable {
    let rawValue: UInt16

    /// An office abbreviation that `ActorMatcher` writes out ("kabag" → "kepala bagian").
    static let abbreviation = WordRole(rawValue: 1 << 0)
    /// Left out of actor names ("dan", "yang").
    static let stop = WordRole(rawValue: 1 << 1)
    /// Opens a condition clause ("jika", "bila").
    static let condition = WordRole(rawValue: 1 << 2)
    /// Makes a condition the no-branch ("tidak", "salah").
    static let negative = WordRole(rawValue: 1 << 3)
    /// Makes a condition a branch at all ("sesuai", "lengkap").
    static let outcome = WordRole(rawValue: 1 << 4)
    /// Names the actor the work goes to next ("menugaskan", "kepada", "persetujuan").
    static let handoff = WordRole(rawValue: 1 << 5)
    /// Opens a step the superior of the named actor performs ("menugaskan X").
    static let delegation = WordRole(rawValue: 1 << 6)
    /// Signing, which the most senior actor performs ("menandatangani").
    static let signing = WordRole(rawValue: 1 << 7)
    /// "dikembalikan": the clause sends the work back.
    static let sendsBack = WordRole(rawValue: 1 << 8)
    /// "kembali", which sends the work back before `toward`.
    static let back = WordRole(rawValue: 1 << 9)
    /// "ke" or "kepada".
    static let toward = WordRole(rawValue: 1 << 10)

    /// The words with a role, each with all of its roles.
    private static let table: [(word: String, roles: WordRole)] = {
        var entries: [(word: String, roles: WordRole)] = []
        func add(_ role: WordRole, _ words: [String]) {
            for word in words {
                if let index = entries.firstIndex(where: { $0.word == word }) {
                    entries[index].roles.insert(role)
                } else {
                    entries.append((word, role))
                }
            }
        }
        add(.abbreviation, ActorMatcher.abbreviations.map(\.word))
        add(.stop, ActorMatcher.stopWords)
        add(.condition, ActivityClauses.conditionWords)
        add(.negative, ActivityClauses.negativeWords)
        add(.outcome, ActivityClauses.outcomeWords)
        add(.handoff, ActorResolver.handoffWords)
        add(.delegation, ActorResolver.delegationWords)
        add(.signing, ActorResolver.signingWords)
        add(.sendsBack, ["dikembalikan"])
        add(.back, ["kembali"])
        add(.toward, ["ke", "kepada"])
        return entries
    }()
    private static let lookup = RoleTable(table)
    /// Per word of `table`, its index among `ActorMatcher.abbreviations`, -1 for none.
    static let abbreviationIndex: [Int] = table.map { entry in
        ActorMatcher.abbreviations.firstIndex { $0.word == entry.word } ?? -1
    }

    /// The index in the role table of the word of UTF-8 bytes `word`, nil for a word without a role.
    @inline(__always)
    static func entry(ofUTF8 word: UnsafeBufferPointer<UInt8>) -> Int? { lookup.index(of: word) }

    /// The roles of table entry `entry` (none for nil).
    @inline(__always)
    static func roles(of entry: Int?) -> WordRole { entry.map { lookup.roles[$0] } ?? [] }
}

/// The words of the role table in an open-addressing hash table of their bytes: a word is looked up by
/// hashing its length, first, second and last bytes, and compared as bytes with the one or two entries it
/// meets (most words meet an empty slot at once). Exact for any bytes: equal words have equal bytes.
private struct RoleTable: Sendable {
    /// Per slot, the index of the word stored there, -1 for an empty slot.
    private let slots: [Int16]
    /// The words' bytes run together, and where each word's stand.
    private let bytes: [UInt8]
    private let spans: [Range<Int>]
    /// Per word, its roles.
    let roles: [WordRole]
    /// Per byte length below 64, the low five bits of the words' first bytes, one bit each, and of their
    /// last bytes: most words are turned down by these two tests before they are hashed.
    private let firstBytes: [UInt32], lastBytes: [UInt32]

    /// 1 024 slots: the few dozen words leave most empty.
    private static let mask = 1023

    init(_ table: [(word: String, roles: WordRole)]) {
        let words = table.map(\.word)
        roles = table.map(\.roles)
        var slots = [Int16](repeating: -1, count: Self.mask + 1)
        var bytes: [UInt8] = [], spans: [Range<Int>] = []
        var firstBytes = [UInt32](repeating: 0, count: 64), lastBytes = firstBytes
        for (index, word) in words.enumerated() {
            precondition(word.utf8.count < 64, "a role word is shorter than 64 bytes")
            if let first = word.utf8.first, let last = word.utf8.last {
                firstBytes[word.utf8.count] |= 1 << UInt32(first & 31)
                lastBytes[word.utf8.count] |= 1 << UInt32(last & 31)
            }
            let start = bytes.count
            bytes.append(contentsOf: word.utf8)
            spans.append(start..<bytes.count)
            var slot = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start...])) }
            while slots[slot] >= 0 { slot = (slot + 1) & Self.mask }
            slots[slot] = Int16(index)
        }
        (self.slots, self.bytes, self.spans, self.firstBytes, self.lastBytes) = (slots, bytes, spans, firstBytes, lastBytes)
    }

    @inline(__always)
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = word.first, let last = word.last else { return 0 }
        let second = word.count > 1 ? Int(word[1]) : 0
        return (word.count &* 97 &+ Int(first) &* 31 &+ second &* 7 &+ Int(last) &* 131) & mask
    }

    /// The index of the word with the bytes of `word` (the first if given twice), nil for none.
    @inline(__always)
    func index(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = word.count
        guard count > 0, count < 64, firstBytes[count] & (1 << UInt32(word[0] & 31)) != 0,
              lastBytes[count] & (1 << UInt32(word[count - 1] & 31)) != 0 else { return nil }
        var slot = Self.hash(word)
        while true {
            let entry = Int(slots[slot])
            guard entry >= 0 else { return nil }
            if isWord(entry, word) { return entry }
            slot = (slot + 1) & Self.mask
        }
    }

    /// True when word `entry` has the bytes of `word`.
    @inline(__always)
    private func isWord(_ entry: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let span = spans[entry]
        guard span.count == word.count else { return false }
        var offset = 0
        while offset < word.count, bytes[span.lowerBound + offset] == word[offset] { offset += 1 }
        return offset == word.count
    }
}
