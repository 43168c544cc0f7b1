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
    private static let negativeWords: Set<String> = ["tidak", "salah", "belum", "kurang", "ditolak", "tdk"]
    private static let outcomeWords: Set<String> = [
        "sesuai", "benar", "salah", "tidak", "lengkap", "setuju", "disetujui", "valid", "memenuhi", "ditolak",
        "diterima", "belum", "lolos", "ok", "oke",
    ]

    public init(_ activity: String) {
        var clauses: [Clause] = []
        for sentence in ActivityClauses.sentences(activity) {
            var current: [String] = []
            for word in ActorMatcher.scanWords(String(sentence)) {
                if ActivityClauses.conditionWords.contains(word), !current.isEmpty {
                    clauses.append(ActivityClauses.classify(current))
                    current = []
                }
                current.append(word)
            }
            if !current.isEmpty { clauses.append(ActivityClauses.classify(current)) }
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
            if word == "kembali", i + 1 < words.count, ["ke", "kepada"].contains(words[i + 1]) {
                return Clause(words: words, branch: .no)
            }
        }
        return Clause(words: words, branch: .none)
    }
}
