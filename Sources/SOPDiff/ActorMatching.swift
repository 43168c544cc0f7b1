import SOPModel

/// Matches the Pelaksana columns of two revisions of a procedure: by name (55 %), by the matched
/// steps they perform (35 %) — so a renamed actor still matches its column — and by position (10 %).
enum ActorMatching {
    static let threshold = 0.4

    static func align(_ old: Procedure, _ new: Procedure, steps: Alignment) -> Alignment {
        // Usage of each actor as the set of new-step indices it performs (old steps through the step alignment).
        var oldUsage: [String: Set<Int>] = [:], newUsage: [String: Set<Int>] = [:]
        for pair in steps.pairs {
            guard old.steps.indices.contains(pair.old) else { continue }
            for id in old.steps[pair.old].actors { oldUsage[id, default: []].insert(pair.new) }
        }
        for (index, step) in new.steps.enumerated() {
            for id in step.actors { newUsage[id, default: []].insert(index) }
        }
        let oldNames = old.actors.map { TextProfile($0.name) }, newNames = new.actors.map { TextProfile($0.name) }
        return Alignment(oldCount: old.actors.count, newCount: new.actors.count, threshold: threshold) { i, j in
            let a = oldUsage[old.actors[i].id] ?? [], b = newUsage[new.actors[j].id] ?? []
            let union = a.union(b).count
            let usage = union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
            return 0.55 * oldNames[i].similarity(newNames[j]) + 0.35 * usage
                + 0.1 * RelativePosition.similarity(i, of: old.actors.count, j, of: new.actors.count)
        }
    }
}
