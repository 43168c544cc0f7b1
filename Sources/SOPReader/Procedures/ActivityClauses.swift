/// Splits an activity into clauses at sentence ends and before condition words ("jika", "bila",
/// "apabila"), and tells which clauses belong to a branch: the no-branch ("Jika Tidak, …", "bila salah
/// kembali ke …", "dikembalikan kepada …") or the yes-branch ("Jika sesuai …").
public struct ActivityClauses: Sendable {
    /// One clause: its words (as `ActorMatcher.scanWords`) and its branch.
    public struct Clause: Sendable, Equatable {
        public enum Branch: Sendable, Equatable { case none, yes, no }
        public var words: [String]
        public var branch: Branch
    }

    public let clauses: [Clause]
    /// All words of the activity in order, as `ActorMatcher.scanWords` reads the whole activity: the
    /// clauses' words run together (sentence marks and condition cuts fall between words), or for text
    /// with markup the whole activity read again.
    public let words: [String]

    static let conditionWords: WordSet = ["jika", "bila", "apabila", "kalau", "jikalau", "bilamana"]
    private static let negativeWords: WordSet = ["tidak", "salah", "belum", "kurang", "ditolak", "tdk"]
    private static let outcomeWords: WordSet = [
        "sesuai", "benar", "salah", "tidak", "lengkap", "setuju", "disetujui", "valid", "memenuhi", "ditolak",
        "diterima", "belum", "lolos", "ok", "oke",
    ]

    public init(_ activity: String) {
        if let plain = ActorMatcher.plainASCIIWords(activity, keepingStopWords: true) {
            clauses = ActivityClauses.clauses(of: plain.words, sentenceStarts: plain.sentenceStarts)
            words = plain.words
            return
        }
        var clauses: [Clause] = []
        for sentence in ActivityClauses.sentences(activity) {
            let words = ActorMatcher.scanWords(String(sentence))
            ActivityClauses.appendClauses(of: words, in: words.indices, to: &clauses)
        }
        self.clauses = clauses
        // Cleaning a sentence alone can pair markup the whole activity pairs differently (a `*` across
        // ". "): with markup, the words are those of the whole activity.
        if TextCleaning.mayHoldMarkup(activity) {
            words = ActorMatcher.scanWords(activity)
        } else {
            words = clauses.count == 1 ? clauses[0].words : clauses.flatMap(\.words)
        }
    }

    /// The clauses of words whose sentences start at `sentenceStarts` (and at 0).
    private static func clauses(of words: [String], sentenceStarts: [Int]) -> [Clause] {
        var clauses: [Clause] = []
        var start = 0
        for end in sentenceStarts {
            appendClauses(of: words, in: start..<end, to: &clauses)
            start = end
        }
        appendClauses(of: words, in: start..<words.count, to: &clauses)
        return clauses
    }

    /// Appends the clauses of one sentence, `words[sentence]`: cut before each condition word that does
    /// not open it. A clause of all the words keeps their storage.
    private static func appendClauses(of words: [String], in sentence: Range<Int>, to clauses: inout [Clause]) {
        func append(_ range: Range<Int>) {
            clauses.append(classify(range == words.indices ? words : Array(words[range])))
        }
        var start = sentence.lowerBound
        let conditionWords = ActivityClauses.conditionWords  // read once, not per word
        for index in sentence where index > start && conditionWords.contains(words[index]) {
            append(start..<index)
            start = index
        }
        if start < sentence.upperBound { append(start..<sentence.upperBound) }
    }

    /// True when the activity states a condition with an outcome, or sends the work back.
    public var branches: Bool { clauses.contains { $0.branch != .none } }

    /// The text cut after each `.`, `;` or `?` that is followed by whitespace or ends it (the mark dropped).
    private static func sentences(_ text: String) -> [Substring] {
        if ASCIIText.isOneBytePerCharacter(text) {
            return cut(text, text.utf8, isMark: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "?") },
                       isSpace: ASCIIText.isWhitespace)
        }
        return cut(text, text, isMark: { $0 == "." || $0 == ";" || $0 == "?" }, isSpace: \.isWhitespace)
    }

    /// The sentence cut over one view of the text: its bytes when each is one `Character`, else its
    /// `Character`s (both index the text alike). Blank sentences are left out.
    private static func cut<View: Collection>(_ text: String, _ view: View, isMark: (View.Element) -> Bool,
                                              isSpace: (View.Element) -> Bool) -> [Substring] where View.Index == String.Index {
        var out: [Substring] = []
        var start = view.startIndex
        var index = view.startIndex
        while index < view.endIndex {
            let after = view.index(after: index)
            if isMark(view[index]), after == view.endIndex || isSpace(view[after]) {
                out.append(text[start..<index])
                start = after
            }
            index = after
        }
        out.append(text[start...])
        return out.filter { !view[$0.startIndex..<$0.endIndex].allSatisfy(isSpace) }
    }

    private static func classify(_ words: [String]) -> Clause {
        if let first = words.first, conditionWords.contains(first) {
            let head = words.dropFirst().prefix(4)
            if head.contains(where: { negativeWords.contains($0) }) { return Clause(words: words, branch: .no) }
            if head.contains(where: { outcomeWords.contains($0) }) { return Clause(words: words, branch: .yes) }
        }
        for (i, word) in words.enumerated() {
            if word == "dikembalikan" { return Clause(words: words, branch: .no) }
            if word == "kembali", i + 1 < words.count, words[i + 1] == "ke" || words[i + 1] == "kepada" {
                return Clause(words: words, branch: .no)
            }
        }
        return Clause(words: words, branch: .none)
    }
}
