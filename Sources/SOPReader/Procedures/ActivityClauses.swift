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
        let hasMarkup = activity.utf8.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "_") }
        self.words = hasMarkup ? ActorMatcher.scanWords(activity) : clauses.count == 1 ? clauses[0].words : clauses.flatMap(\.words)
    }

    /// True when the activity states a condition with an outcome, or sends the work back.
    public var branches: Bool { clauses.contains { $0.branch != .none } }

    /// The text cut after each `.`, `;` or `?` that is followed by whitespace or ends it (the mark dropped).
    private static func sentences(_ text: String) -> [Substring] {
        if ASCIIText.isOneBytePerCharacter(text) {
            return asciiSentences(text).filter { !$0.utf8.allSatisfy(isASCIIWhitespace) }
        }
        return characterSentences(text).filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// `sentences` for text whose every byte is one `Character`.
    private static func asciiSentences(_ text: String) -> [Substring] {
        let bytes = text.utf8
        var out: [Substring] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let after = bytes.index(after: index)
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "?"),
               after == bytes.endIndex || isASCIIWhitespace(bytes[after]) {
                out.append(text[start..<index])
                start = after
            }
            index = after
        }
        out.append(text[start...])
        return out
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    private static func characterSentences(_ text: String) -> [Substring] {
        var out: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let ch = text[index]
            let after = text.index(after: index)
            if ch == "." || ch == ";" || ch == "?", after == text.endIndex || text[after].isWhitespace {
                out.append(text[start..<index])
                start = after
            }
            index = after
        }
        out.append(text[start...])
        return out
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
