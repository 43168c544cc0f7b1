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
    private static let words = WordSet(table.map(\.word))
    private static let roles = table.map(\.roles)
    /// Per word of `table`, its index among `ActorMatcher.abbreviations`, -1 for none.
    static let abbreviationIndex: [Int] = table.map { entry in
        ActorMatcher.abbreviations.firstIndex { $0.word == entry.word } ?? -1
    }

    /// The index in the role table of the word of UTF-8 bytes `word`, nil for a word without a role.
    @inline(__always)
    static func entry(ofUTF8 word: UnsafeBufferPointer<UInt8>) -> Int? { words.index(ofUTF8: word) }

    /// The roles of table entry `entry` (none for nil).
    @inline(__always)
    static func roles(of entry: Int?) -> WordRole { entry.map { roles[$0] } ?? [] }
}
