import SOPModel

/// Finds mentions of a procedure's Pelaksana columns in activity text, tolerant of abbreviations
/// (Kabag ↔ Kepala Bagian, Sekda ↔ Sekretaris Daerah, Kasubag ↔ Kasubbag), the document's own
/// Definisi entries, word order and one-letter typos ("Admin E-Sakip Pusat" ↔ "Admin Puast E-Sakip").
/// A class: every mention asks it, one reference rather than its arrays retained.
public final class ActorMatcher: Sendable {
    /// A mention of one actor column at a word position of a text.
    public struct Mention: Sendable, Equatable {
        public var actor: Int
        public var position: Int
        /// Fraction of the actor's name words found.
        public var score: Double
    }

    /// Every word of the aliases once.
    private let aliasWords: AliasWords
    /// The word lists each actor column may be written as, column by column: per form its column, its
    /// number of words and its distinct words as indices of `aliasWords` (`formWords[formStarts[form]..<
    /// formStarts[form + 1]]`, so memory grows with the forms' lengths, not forms × alias words).
    private let formActors: [Int]
    private let formSizes: [Int]
    private let formWords: [Int]
    private let formStarts: [Int]
    /// Per alias word, the column it names standing alone, -1 for none: a word that only one column's
    /// aliases hold and that is not generic ("Bidang" → "Kepala Bidang OPD"), else a generic first word
    /// of one column only ("Tim" → "Tim Kerja" when no other column has "Tim").
    private let standingAlone: [Int]
    /// Per column, its seniority by the words of its name (see `mostSenior`).
    private let ranks: [Int]

    public init(actors: [Actor], definitions: [Definition]) {
        // Each definition's meaning is read into words once, not once per actor.
        let terms = definitions.map { (term: $0.term.lowercased(), meaning: $0.meaning, meaningWords: ActorMatcher.words($0.meaning)) }
        var wordAliases: [[[String]]] = []
        for actor in actors {
            let nameWords = ActorMatcher.words(actor.name)
            var forms: [[String]] = [nameWords]
            // The name's own spaced words, only to find the document's terms in it.
            let rawWords = terms.isEmpty ? [] : SpaceSeparated.words(TextCleaning.clean(actor.name).lowercased())
            for definition in terms {
                if rawWords.count == 1, rawWords[0] == definition.term {
                    forms.append(definition.meaningWords)
                } else if rawWords.contains(definition.term) {
                    let replaced = rawWords.map { $0 == definition.term ? definition.meaning : $0 }.joined(separator: " ")
                    forms.append(ActorMatcher.words(replaced))
                }
                if definition.meaningWords == nameWords {
                    forms.append(ActorMatcher.words(definition.term))
                }
            }
            wordAliases.append(forms.map(ActorMatcher.unique).filter { !$0.isEmpty })
        }
        let aliases = wordAliases
        // Each word of the aliases once, with the one column whose aliases hold it (`sharedWord` when
        // several columns' do).
        let sharedWord = -1
        let wordCount = aliases.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }
        var aliasIndex: [String: Int] = Dictionary(minimumCapacity: wordCount)
        var profiles: [WordProfile] = []
        var owners: [Int] = []
        let formIndices = aliases.enumerated().map { actor, forms in
            forms.map { form in
                form.map { word in
                    // The word's index, entered as the next one when the word is new: one lookup.
                    let next = profiles.count
                    let index = ActorMatcher.value(&aliasIndex[word, default: next])
                    if index == next {
                        profiles.append(WordProfile(word))
                        owners.append(actor)
                    } else if owners[index] != actor {
                        owners[index] = sharedWord
                    }
                    return index
                }
            }
        }
        let aliasWords = AliasWords(profiles)
        self.aliasWords = aliasWords
        var formActors: [Int] = [], formSizes: [Int] = [], formWords: [Int] = [], formStarts = [0]
        for (actor, forms) in formIndices.enumerated() {
            for form in forms {
                formActors.append(actor)
                formSizes.append(form.count)
                let sorted = form.sorted()
                for (offset, index) in sorted.enumerated() where offset == 0 || sorted[offset - 1] != index {
                    formWords.append(index)
                }
                formStarts.append(formWords.count)
            }
        }
        (self.formActors, self.formSizes, self.formWords, self.formStarts) = (formActors, formSizes, formWords, formStarts)
        ranks = aliases.map { $0.first.map(ActorMatcher.seniority) ?? 0 }
        standingAlone = profiles.indices.map { index in
            let owner = owners[index], word = profiles[index].text
            guard owner != sharedWord else { return -1 }
            if !ActorMatcher.genericWords.contains(word) { return owner }
            let leads = word != "kepala" && word != "sub" && formIndices[owner].contains { $0.first == index }
            return leads ? owner : -1
        }
    }

    /// The value in a slot, read through `inout` so that a dictionary's `default:` subscript stores it.
    private static func value(_ slot: inout Int) -> Int { slot }

    /// The actor named at word `position` of `words`, when exactly one fits best.
    public func mention(at position: Int, in words: [String]) -> Mention? {
        var hits = self.hits(WordList(words))
        return mention(at: position, before: words.count, hits: &hits)
    }

    /// `mention(at:in:)` of the words of `hits`, a form spanning no word at or after `end`. Which alias
    /// words a word is `same` as is worked out once in `hits`, for every mention asked of its words.
    func mention(at position: Int, before end: Int, hits: inout AliasHits) -> Mention? {
        guard position >= 0, position < min(end, hits.words.count) else { return nil }
        let end = min(end, hits.words.count)
        var best: Mention?
        var bestMatched = 0
        var tied = false  // another column fits as well as `best`
        hits.workOut(position..<position + 1, aliases: aliasWords)
        if hits.meetsAny(position) {
            for form in formActors.indices {
                let words = formWords[formStarts[form]..<formStarts[form + 1]]
                guard hits.meets(position, words) else { continue }
                let span = position..<min(end, position + formSizes[form] + 1)
                hits.workOut(span, aliases: aliasWords)
                let matched = hits.matched(span, words)
                let score = Double(matched) / Double(formSizes[form])
                guard score >= 0.6 else { continue }
                let actor = formActors[form]
                if let current = best, !(score > current.score || (score == current.score && matched > bestMatched)) {
                    if score == current.score, matched == bestMatched, actor != current.actor { tied = true }
                } else {
                    (best, bestMatched, tied) = (Mention(actor: actor, position: position, score: score), matched, false)
                }
            }
        }
        if let best, !tied { return best }
        // An alias word equal to the word is among those it is `same` as.
        guard best == nil, let alias = hits.aliasEqual(to: position, among: aliasWords),
              standingAlone[alias] >= 0 else { return nil }
        return Mention(actor: standingAlone[alias], position: position, score: 0.5)
    }

    /// An empty memo of which alias words the words are `same` as, for `mention(at:before:hits:)`.
    func hits(_ words: WordList) -> AliasHits { AliasHits(words, aliases: aliasWords) }

    /// The first actor mentioned at or after `start` (within `limit` words), skipping filler words.
    public func firstMention(in words: [String], from start: Int, within limit: Int) -> Mention? {
        var hits = self.hits(WordList(words))
        return firstMention(from: start, within: limit, before: words.count, hits: &hits)
    }

    /// `firstMention(in:from:within:)` of the words of `hits` before `end`.
    func firstMention(from start: Int, within limit: Int, before end: Int, hits: inout AliasHits) -> Mention? {
        var p = max(start, 0)
        while p < min(end, start + limit) {
            if let found = mention(at: p, before: end, hits: &hits) { return found }
            p += 1
        }
        return nil
    }

    /// The most senior column by Indonesian office vocabulary (Bupati > Sekda > Asisten > Kepala Dinas/Camat >
    /// Sekretaris > Kepala Bagian/Bidang > Kasubag/Kasi > staff), leftmost on ties; nil when no column ranks.
    public func mostSenior() -> Int? {
        guard let top = ranks.max(), top > 1 else { return nil }
        return ranks.firstIndex(of: top)
    }

    /// The direct superior of `actor`: the lowest-ranked column ranked above it, nearest on ties.
    public func superior(of actor: Int) -> Int? {
        guard ranks.indices.contains(actor) else { return nil }
        let above = ranks.indices.filter { ranks[$0] > ranks[actor] }
        guard let lowest = above.map({ ranks[$0] }).min() else { return nil }
        return above.filter { ranks[$0] == lowest }.min { abs($0 - actor) < abs($1 - actor) }
    }

    // MARK: - Words

    /// Office abbreviations written out, so that either spelling matches the other.
    static let abbreviations: [(word: String, expansion: [String])] = [
        ("kabag", ["kepala", "bagian"]), ("kabid", ["kepala", "bidang"]), ("kasubag", ["kepala", "sub", "bagian"]),
        ("kasubbag", ["kepala", "sub", "bagian"]), ("kasubid", ["kepala", "sub", "bidang"]), ("kasubbid", ["kepala", "sub", "bidang"]),
        ("kasi", ["kepala", "seksi"]), ("kasie", ["kepala", "seksi"]), ("kadis", ["kepala", "dinas"]), ("kaban", ["kepala", "badan"]),
        ("sekda", ["sekretaris", "daerah"]), ("sekcam", ["sekretaris", "kecamatan"]), ("kasat", ["kepala", "satuan"]),
        ("subbag", ["sub", "bagian"]), ("subbagian", ["sub", "bagian"]), ("staff", ["staf"]), ("sekdes", ["sekretaris", "desa"]),
        ("kades", ["kepala", "desa"]), ("kapus", ["kepala", "puskesmas"]), ("pd", ["perangkat", "daerah"]),
    ]
    /// The written-out words of each abbreviation, by its `WordRole` table entry.
    private static let expansions: [WordList] = WordRole.abbreviationIndex.map { index in
        index >= 0 ? WordList(abbreviations[index].expansion) : WordList()
    }
    /// Words left out of `words` (`WordRole.stop`).
    static let stopWords = ["dan", "pada", "di", "dari", "yang", "atau", "untuk", "serta", "the"]
    private static let genericWords: WordSet = [
        "kepala", "sub", "admin", "tim", "opd", "data", "daerah", "kabupaten", "kota", "bagian", "pusat", "umum",
        "perangkat", "staf", "pelaksana", "sekretariat",
    ]

    /// Lower-cased words of a text with abbreviations written out; punctuation splits words.
    public static func words(_ text: String) -> [String] { wordList(text, keepingStopWords: false).strings }

    /// Words of a text as `words(_:)` but keeping stop words, for positional scanning of activities.
    public static func scanWords(_ text: String) -> [String] { wordList(text, keepingStopWords: true).strings }

    /// `scanWords` (or `words`, without stop words) as a word list: from the bytes of plain ASCII text,
    /// else from the text's `Character`s.
    static func wordList(_ text: String, keepingStopWords: Bool) -> WordList {
        if let plain = plainASCIIWords(text, keepingStopWords: keepingStopWords) { return plain.words }
        var out = WordList()
        for word in unicodeRuns(text) {
            let entry = out.append(utf8Of: word)
            let roles = WordRole.roles(of: entry)
            if roles.contains(.abbreviation), let entry {
                out.removeLast()
                out.append(contentsOf: expansions[entry])
            } else if word.count <= 1 || (!keepingStopWords && roles.contains(.stop)) {
                out.removeLast()
            }
        }
        return out
    }

    /// What `plainASCIIWords` does at a byte: continues a run (an ASCII letter or digit), ends it (another
    /// ASCII byte), or gives up (a markup byte, whose pairing cleaning decides, or a non-ASCII byte).
    private enum ByteKind {
        static let runByte: UInt8 = 0, separator: UInt8 = 1, other: UInt8 = 2
    }
    private static let byteKinds: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        let byte = UInt8(byte)
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return ByteKind.runByte
        case 0x80...: return ByteKind.other
        case _ where TextCleaning.isMarkupByte(byte): return ByteKind.other
        default: return ByteKind.separator
        }
    }

    /// The lower-cased letter-and-digit runs of the cleaned text, by `Character`.
    private static func unicodeRuns(_ text: String) -> [String] {
        TextCleaning.clean(text).lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// `scanWords` (or `words`, without stop words) of an ASCII text that carries no markup byte
    /// (`TextCleaning.isMarkupByte`), read from its bytes in one pass, with the positions in `words` where a sentence
    /// starts: after a `.`, `;` or `?` that whitespace or the end follows (no position for the first
    /// sentence). nil for any other text. Cleaning such a text changes only whitespace, and a run of
    /// one ASCII byte is one character, so runs of one byte are dropped.
    static func plainASCIIWords(_ text: String, keepingStopWords: Bool) -> (words: WordList, sentenceStarts: [Int])? {
        var text = text
        return text.withUTF8 { bytes -> (words: WordList, sentenceStarts: [Int])? in
            var cutter = PlainWordCutter(bytes, keepingStopWords: keepingStopWords)
            return cutter.cut() ? (cutter.words, cutter.sentenceStarts) : nil
        }
    }

    /// The cutting of `plainASCIIWords`: a struct whose mutating methods keep the words, so that no
    /// closure captures them (a captured variable is checked for exclusive access at each use).
    private struct PlainWordCutter {
        let bytes: UnsafeBufferPointer<UInt8>
        let keepingStopWords: Bool
        let expansions = ActorMatcher.expansions, kinds = ActorMatcher.byteKinds
        /// A run is letters and digits, whose lower-cased bytes are those of the text lower-cased whole.
        var words: WordList
        var sentenceStarts: [Int] = []

        init(_ bytes: UnsafeBufferPointer<UInt8>, keepingStopWords: Bool) {
            self.bytes = bytes
            self.keepingStopWords = keepingStopWords
            words = WordList(lowercasingASCII: bytes)
        }

        /// Cuts the runs; false at the first markup or non-ASCII byte.
        mutating func cut() -> Bool {
            var start = 0  // where the current run began
            for index in 0..<bytes.count {
                switch kinds[Int(bytes[index])] {
                case ByteKind.runByte: continue
                case ByteKind.separator:
                    endRun(start, index)
                    start = index + 1
                default: return false
                }
            }
            endRun(start, bytes.count)
            return true
        }

        /// Ends the run `start..<index` at the byte at `index` (or at the end of the text).
        private mutating func endRun(_ start: Int, _ index: Int) {
            if index - start > 1 {
                let entry = words.append(span: start..<index)
                let roles = WordRole.roles(of: entry)
                if roles.contains(.abbreviation), let entry {
                    words.removeLast()
                    words.append(contentsOf: expansions[entry])
                } else if !keepingStopWords, roles.contains(.stop) {
                    words.removeLast()
                }
            }
            guard index < bytes.count else { return }
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "?"),
               index + 1 >= bytes.count || ASCIIText.isWhitespace(bytes[index + 1]),
               !words.isEmpty, sentenceStarts.last != words.count {
                sentenceStarts.append(words.count)
            }
        }
    }

    /// The words without repeats, first occurrences kept; a few words are compared with those kept.
    private static func unique(_ words: [String]) -> [String] {
        guard words.count > 8 else {
            var kept: [String] = []
            for word in words where !kept.contains(word) { kept.append(word) }
            return kept
        }
        var seen: Set<String> = []
        return words.filter { seen.insert($0).inserted }
    }

    /// A word with what `same` looks at before comparing letters, worked out once per word.
    struct WordProfile: Sendable {
        let text: String
        let byteCount: Int
        let first: UInt8
        let last: UInt8
        let oneBytePerCharacter: Bool

        init(_ text: String) {
            self.text = text
            var text = text
            (byteCount, first, last, oneBytePerCharacter) = text.withUTF8 { bytes in
                (bytes.count, bytes.first ?? 0, bytes.last ?? 0, ASCIIText.isOneBytePerCharacter(bytes))
            }
        }
    }

    /// True when the words are equal, or both have four letters or more and differ by one edit.
    static func same(_ a: String, _ b: String) -> Bool { same(WordProfile(a), WordProfile(b)) }

    static func same(_ a: WordProfile, _ b: WordProfile) -> Bool {
        if a.oneBytePerCharacter, b.oneBytePerCharacter {
            // Equal words, and words of four letters or more one edit apart, have lengths within one
            // and share the first or the last letter: a cheap test before the letters.
            guard abs(a.byteCount - b.byteCount) <= 1, a.first == b.first || a.last == b.last else { return false }
            if a.text == b.text { return true }
            return min(a.byteCount, b.byteCount) >= 4 && EditDistance.atMost(1, a.text, b.text)
        }
        if a.text == b.text { return true }
        // A string has at least as many UTF-8 bytes as characters: fewer than 4 bytes is fewer than 4 characters.
        guard min(a.byteCount, b.byteCount) >= 4, min(a.text.count, b.text.count) >= 4 else { return false }
        return EditDistance.atMost(1, a.text, b.text)
    }

    /// The rank of a name's words; each test is one pass over them (a name has a few words).
    private static func seniority(_ words: [String]) -> Int {
        func has(_ word: String) -> Bool { words.contains(word) }
        func hasAny(_ candidates: WordSet) -> Bool { words.contains(where: candidates.contains) }
        if hasAny(headWords) { return 10 }
        if has("sekretaris"), has("daerah") { return 9 }
        if has("asisten") { return 8 }
        if has("camat") || has("inspektur") { return 7 }
        if has("kepala") {
            if hasAny(subordinateWords) { return 4 }
            if hasAny(officeWords) { return 7 }
            return 5
        }
        if has("lurah") { return 7 }
        if has("sekretaris") { return 6 }
        return 1
    }
    private static let headWords: WordSet = ["bupati", "walikota", "gubernur", "menteri", "rektor"]
    private static let subordinateWords: WordSet = ["sub", "seksi", "subbagian"]
    private static let officeWords: WordSet = ["dinas", "badan", "opd", "kantor", "satuan", "puskesmas", "desa", "lurah"]
}
