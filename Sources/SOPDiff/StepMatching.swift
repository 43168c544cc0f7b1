import SOPModel

/// Matches the steps of two revisions of a procedure by content, not number: activity text
/// (60 %), inputs and outputs (20 %), actor names (10 %) and relative position (10 %).
enum StepMatching {
    static let threshold = 0.45

    private struct Features {
        var activity: TextProfile
        var io: TextProfile
        var actors: Set<String>

        init(_ step: Step, in procedure: Procedure) {
            activity = TextProfile(step.activity)
            io = TextProfile(joining: step.inputs + step.outputs)
            actors = Set(ActorNames.names(step.actors, in: procedure).map { $0.lowercased() })
        }
    }

    static func align(_ old: Procedure, _ new: Procedure) -> Alignment {
        let a = old.steps.map { Features($0, in: old) }, b = new.steps.map { Features($0, in: new) }
        let keys = (old.steps.map { TextKey.key($0.activity, ignoreCase: true) }, new.steps.map { TextKey.key($0.activity, ignoreCase: true) })
        return Alignment(oldCount: a.count, newCount: b.count, threshold: threshold, keys: keys) { i, j in
            let actors = a[i].actors == b[j].actors
                ? 1.0
                : Double(a[i].actors.intersection(b[j].actors).count) / Double(a[i].actors.union(b[j].actors).count)
            return 0.6 * a[i].activity.similarity(b[j].activity) + 0.2 * a[i].io.similarity(b[j].io)
                + 0.1 * actors + 0.1 * RelativePosition.similarity(i, of: a.count, j, of: b.count)
        }
    }
}
