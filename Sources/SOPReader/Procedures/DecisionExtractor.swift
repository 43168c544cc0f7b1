import SOPModel

/// Reads where a branching step goes. The yes-branch goes to the next step; the no-branch goes back to
/// the latest earlier step performed by the actor the text names ("dikembalikan kepada X", "Jika Tidak,
/// menugaskan X"). Ya/Tidak labels or a diamond in the actor columns also mark a branching step.
public enum DecisionExtractor {
    /// - Parameters:
    ///   - index: the step's position in `steps`; earlier steps must already carry their actors.
    ///   - actorIDs: the procedure's actor ids by column.
    public static func decision(for index: Int, activity: String, marks: [CellMark], steps: [Step],
                                actorIDs: [String], matcher: ActorMatcher) -> Decision? {
        let next = steps.indices.contains(index + 1) ? steps[index + 1].number : nil
        return decision(clauses: ActivityClauses(activity), marks: marks, next: next, earlier: steps[..<max(0, min(index, steps.count))],
                        actorIDs: actorIDs, matcher: matcher)
    }

    /// The decision of a step whose activity is already read into clauses.
    /// - Parameters:
    ///   - next: the number of the step after it, nil for the last step.
    ///   - earlier: the steps before it, with their actors.
    public static func decision(clauses: ActivityClauses, marks: [CellMark], next: Int?, earlier: ArraySlice<Step>,
                                actorIDs: [String], matcher: ActorMatcher) -> Decision? {
        var mentions = ActivityMentions(clauses, matcher: matcher)
        return decision(mentions: &mentions, marks: marks, next: next, earlier: earlier, actorIDs: actorIDs, matcher: matcher)
    }

    /// The decision of a step whose activity's mentions are shared with `ActorResolver`.
    static func decision(mentions: inout ActivityMentions, marks: [CellMark], next: Int?, earlier: ArraySlice<Step>,
                         actorIDs: [String], matcher: ActorMatcher) -> Decision? {
        let labelled = marks.contains(.yes) && marks.contains(.no)
        let diamond = marks.contains(.glyph(decision: true))
        guard mentions.clauses.branches || labelled || diamond else { return nil }
        var back: Int?
        if let named = firstActorInNoBranch(&mentions, matcher: matcher), actorIDs.indices.contains(named) {
            let id = actorIDs[named]
            back = earlier.last { $0.actors.contains(id) }?.number
        }
        return Decision(yes: next, no: back)
    }

    private static func firstActorInNoBranch(_ mentions: inout ActivityMentions, matcher: ActorMatcher) -> Int? {
        for clause in mentions.clauses.clauses where clause.branch == .no {
            if let found = mentions.firstMention(in: clause, from: 0, within: clause.range.count, matcher: matcher) { return found.actor }
        }
        return nil
    }
}
