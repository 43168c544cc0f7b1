/// The actor mentions asked of one activity by `ActorResolver` and `DecisionExtractor`. Which alias words
/// each word is `ActorMatcher.same` as is worked out once per word, whichever mention first needs it.
struct ActivityMentions {
    let clauses: ActivityClauses
    /// For `clauses.words`.
    private var wordHits: AliasHits
    /// For `clauses.clauseWords`; nil when they are `clauses.words`.
    private var clauseHits: AliasHits?

    init(_ clauses: ActivityClauses, matcher: ActorMatcher) {
        self.clauses = clauses
        wordHits = matcher.hits(clauses.words)
        clauseHits = clauses.sharesWords ? nil : matcher.hits(clauses.clauseWords)
    }

    /// `ActorMatcher.mention(at:in:)` of the activity's words.
    mutating func mention(at position: Int, matcher: ActorMatcher) -> ActorMatcher.Mention? {
        matcher.mention(at: position, before: clauses.words.count, hits: &wordHits)
    }

    /// `ActorMatcher.firstMention(in:from:within:)` of the activity's words.
    mutating func firstMention(from start: Int, within limit: Int, matcher: ActorMatcher) -> ActorMatcher.Mention? {
        matcher.firstMention(from: start, within: limit, before: clauses.words.count, hits: &wordHits)
    }

    /// `ActorMatcher.firstMention(in:from:within:)` of the words of one clause, `start` counted from its
    /// first word.
    mutating func firstMention(in clause: ActivityClauses.Clause, from start: Int, within limit: Int,
                               matcher: ActorMatcher) -> ActorMatcher.Mention? {
        let from = clause.range.lowerBound + start
        guard var hits = clauseHits else {
            return matcher.firstMention(from: from, within: limit, before: clause.range.upperBound, hits: &wordHits)
        }
        clauseHits = nil  // the memo is moved out and back, not copied
        defer { clauseHits = hits }
        return matcher.firstMention(from: from, within: limit, before: clause.range.upperBound, hits: &hits)
    }
}
