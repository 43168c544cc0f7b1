/// Splits an activity into clauses at sentence ends and before condition words ("jika", "bila",
/// "apabila"), and tells which clauses belong to a branch: the no-branch ("Jika Tidak, …", "bila salah
/// kembali ke …", "dikembalikan kepada …") or the yes-branch ("Jika sesuai …").
public struct ActivityClauses: Sendable {
    /// One clause: the range of its words in `clauseWords`, and its branch.
    public struct Clause: Sendable, Equatable {
        public enum Branch: Sendable, Equatable { case none, yes, no }
        public var range: Range<Int>
        public var branch: Branch
    }

    public let clauses: [Clause]
    /// All words of the activity in order, as `ActorMatcher.scanWords` reads the whole activity: the
    /// clauses' words run together (sentence marks and condition cuts fall between words), or for text
    /// with markup the whole activity read again.
    let words: WordList
    /// The words the clauses' ranges index: `words`, except in an activity with markup, whose clauses
    /// are read sentence by sentence (`sharesWords` false).
    let clauseWords: WordList
    /// True when `clauseWords` are `words`.
    public let sharesWords: Bool

    /// The words of `WordRole.condition`, `.negative` and `.outcome`.
    static let conditionWords = ["jika", "bila", "apabila", "kalau", "jikalau", "bilamana"]
    static let negativeWords = ["tidak", "salah", "belum", "kurang", "ditolak", "tdk"]
    static let outcomeWords = [
        "sesuai", "benar", "salah", "tidak", "lengkap", "setuju", "disetujui", "valid", "memenuhi", "ditolak",
        "diterima", "belum", "lolos", "ok", "oke",
    ]

    public init(_ activity: String) {
        if let plain = ActorMatcher.plainASCIIWords(activity, keepingStopWords: true) {
            clauses = ActivityClauses.clauses(of: plain.words, sentenceStarts: plain.sentenceStarts)
            (words, clauseWords, sharesWords) = (plain.words, plain.words, true)
            return
        }
        var clauses: [Clause] = []
        var clauseWords = WordList()
        for sentence in ActivityClauses.sentences(activity) {
            let start = clauseWords.count
            clauseWords.append(contentsOf: ActorMatcher.wordList(String(sentence), keepingStopWords: true))
            ActivityClauses.appendClauses(of: clauseWords, in: start..<clauseWords.count, to: &clauses)
        }
        self.clauses = clauses
        self.clauseWords = clauseWords
        // Cleaning a sentence alone can pair markup the whole activity pairs differently (a `*` across
        // ". "): with markup, the words are those of the whole activity.
        sharesWords = !TextCleaning.mayHoldMarkup(activity)
        words = sharesWords ? clauseWords : ActorMatcher.wordList(activity, keepingStopWords: true)
    }

    /// The clauses of words whose sentences start at `sentenceStarts` (and at 0).
    private static func clauses(of words: WordList, sentenceStarts: [Int]) -> [Clause] {
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
    /// not open it.
    private static func appendClauses(of words: WordList, in sentence: Range<Int>, to clauses: inout [Clause]) {
        var start = sentence.lowerBound
        for index in sentence where index > start && words.isWord(index, .condition) {
            clauses.append(classify(words, start..<index))
            start = index
        }
        if start < sentence.upperBound { clauses.append(classify(words, start..<sentence.upperBound)) }
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

    private static func classify(_ words: WordList, _ range: Range<Int>) -> Clause {
        if !range.isEmpty, words.isWord(range.lowerBound, .condition) {
            let head = range.lowerBound + 1..<min(range.upperBound, range.lowerBound + 5)
            if head.contains(where: { words.isWord($0, .negative) }) { return Clause(range: range, branch: .no) }
            if head.contains(where: { words.isWord($0, .outcome) }) { return Clause(range: range, branch: .yes) }
        }
        // "dikembalikan", or "kembali" before "ke" or "kepada".
        for i in range {
            if words.isWord(i, .sendsBack) { return Clause(range: range, branch: .no) }
            if words.isWord(i, .back), i + 1 < range.upperBound, words.isWord(i + 1, .toward) {
                return Clause(range: range, branch: .no)
            }
        }
        return Clause(range: range, branch: .none)
    }
}
