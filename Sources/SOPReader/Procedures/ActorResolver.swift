import SOPModel

/// Decides who performs each step and how we know it: a mark in the actor's column (a glyph outranks
/// Ya/Tidak, Ya outranks Tidak), the activity opening with the actor's name, the previous step handing
/// the work over ("menugaskan X", "kepada X", "persetujuan X"), or weaker domain heuristics.
public enum ActorResolver {
    /// What the resolver needs of one row.
    public struct Row: Sendable {
        /// The activity read into clauses and words once, shared with `DecisionExtractor`.
        public var clauses: ActivityClauses
        public var marks: [(actor: Int, mark: CellMark)]

        public init(clauses: ActivityClauses, marks: [(actor: Int, mark: CellMark)]) {
            self.clauses = clauses
            self.marks = marks
        }

        public init(activity: String, marks: [(actor: Int, mark: CellMark)]) {
            self.init(clauses: ActivityClauses(activity), marks: marks)
        }
    }

    /// The actor columns (indices) and evidence of one step.
    public struct Resolution: Sendable, Equatable {
        public var actors: [Int]
        public var evidence: ActorEvidence
    }

    /// The words of `WordRole.handoff`, `.delegation` and `.signing`.
    static let handoffWords = [
        "menugaskan", "memerintahkan", "mendisposisikan", "mendisposisi", "meminta", "kepada", "ke", "pada",
        "persetujuan", "diteruskan", "meneruskan", "menyerahkan", "mengarahkan",
    ]
    static let delegationWords = ["menugaskan", "memerintahkan", "mendisposisikan", "mendisposisi", "meminta"]
    static let signingWords = ["menandatangani", "tandatangan", "ditandatangani", "mengesahkan", "menetapkan", "tanda"]

    public static func resolve(_ rows: [Row], matcher: ActorMatcher) -> [Resolution] {
        var chain = Chain()
        return rows.map { chain.resolve($0, matcher: matcher) }
    }

    /// Resolves the rows of a table one after the other, carrying the hand-over of each to the next.
    public struct Chain: Sendable {
        /// The actor the previous row handed its work to.
        private var handedTo: Int?

        public init() {}

        public mutating func resolve(_ row: Row, matcher: ActorMatcher) -> Resolution {
            var mentions = ActivityMentions(row.clauses, matcher: matcher)
            return resolve(row.marks, mentions: &mentions, matcher: matcher)
        }

        /// `resolve(_:matcher:)` of a row whose activity's mentions are shared with `DecisionExtractor`.
        mutating func resolve(_ marks: [(actor: Int, mark: CellMark)], mentions: inout ActivityMentions,
                              matcher: ActorMatcher) -> Resolution {
            let resolution: Resolution
            if let marked = markedActors(marks) {
                resolution = Resolution(actors: marked, evidence: .mark)
            } else if let named = mentions.mention(at: 0, matcher: matcher) {
                resolution = Resolution(actors: [named.actor], evidence: .named)
            } else if let target = handedTo {
                resolution = Resolution(actors: [target], evidence: .chain)
            } else if let guess = infer(&mentions, matcher: matcher) {
                resolution = Resolution(actors: [guess], evidence: .inferred)
            } else {
                resolution = Resolution(actors: [], evidence: .unresolved)
            }
            handedTo = handoffTarget(&mentions, matcher: matcher)
            return resolution
        }
    }

    /// Columns holding the strongest kind of mark: glyphs, else Ya-labels, else Tidak-labels; each once,
    /// in the order of the marks.
    private static func markedActors(_ marks: [(actor: Int, mark: CellMark)]) -> [Int]? {
        func strength(_ mark: CellMark) -> Int {
            switch mark {
            case .glyph: return 3
            case .yes: return 2
            case .no: return 1
            }
        }
        var strongest = 0
        for mark in marks { strongest = max(strongest, strength(mark.mark)) }
        guard strongest > 0 else { return nil }
        var actors: [Int] = []
        for mark in marks where strength(mark.mark) == strongest { actors.append(mark.actor) }
        guard actors.count > 1 else { return actors }
        var seen: Set<Int> = []
        return actors.filter { seen.insert($0).inserted }
    }

    /// The last actor the activity hands work to outside its no-branch.
    static func handoffTarget(_ mentions: inout ActivityMentions, matcher: ActorMatcher) -> Int? {
        var target: Int?
        let clauses = mentions.clauses
        for clause in clauses.clauses where clause.branch != .no {
            for i in clause.range where clauses.clauseWords.isWord(i, .handoff) {
                if let found = mentions.firstMention(in: clause, from: i - clause.range.lowerBound + 1, within: 3, matcher: matcher) { target = found.actor }
            }
        }
        return target
    }

    private static func infer(_ mentions: inout ActivityMentions, matcher: ActorMatcher) -> Int? {
        let words = mentions.clauses.words
        if (0..<min(4, words.count)).contains(where: { words.isWord($0, .signing) }) { return matcher.mostSenior() }
        if !words.isEmpty, words.isWord(0, .delegation),
           let target = mentions.firstMention(from: 1, within: 3, matcher: matcher) {
            return matcher.superior(of: target.actor)
        }
        return nil
    }
}
