import SOPModel

/// Changes inside one procedure found in both revisions: title, actor columns, steps, and the
/// procedure's total duration (along its main path, `DurationSum`) before and after.
struct ProcedureDiffer {
    var old: Procedure
    var new: Procedure
    /// "procedures[0]" in each revision.
    var oldBase: String
    var newBase: String
    var options: DiffOptions

    var total: DocumentDiff.ProcedureTotal {
        DocumentDiff.ProcedureTotal(oldPath: oldBase, newPath: newBase, title: new.title ?? old.title,
                                    oldTotal: DurationText.total(DurationSum(old.mainPath)),
                                    newTotal: DurationText.total(DurationSum(new.mainPath)))
    }

    func changes() -> [Change] {
        var changes: [Change] = []
        if let change = FieldChange.text(old.title, new.title, oldPath: oldBase + ".title", newPath: newBase + ".title",
                                         label: "procedure title", options: options) {
            changes.append(change)
        }
        let stepAlignment = StepMatching.align(old, new)
        let actorAlignment = ActorMatching.align(old, new, steps: stepAlignment)
        changes += actorChanges(actorAlignment)
        let stepDiffer = StepDiffer(old: old, new: new, steps: stepAlignment, actors: actorAlignment, options: options)
        let old = self.old, new = self.new
        let steps = AlignedChanges(
            oldBase: oldBase + ".steps", newBase: newBase + ".steps",
            label: { i, j in
                if let j, new.steps.indices.contains(j) { return "step \(new.steps[j].number)" }
                if let i, old.steps.indices.contains(i) { return "step \(old.steps[i].number)" }
                return "step"
            },
            oldElement: { ("“\(old.steps[$0].activity)”", JSONValue(encoding: old.steps[$0])) },
            newElement: { ("“\(new.steps[$0].activity)”", JSONValue(encoding: new.steps[$0])) })
        changes += steps.changes(stepAlignment, matched: stepDiffer.changes)
        return changes
    }

    private func actorChanges(_ alignment: Alignment) -> [Change] {
        let old = self.old, new = self.new
        let actors = AlignedChanges(
            oldBase: oldBase + ".actors", newBase: newBase + ".actors", label: { _, _ in "actor" },
            oldElement: { ("“\(old.actors[$0].name)”", JSONValue(encoding: old.actors[$0])) },
            newElement: { ("“\(new.actors[$0].name)”", JSONValue(encoding: new.actors[$0])) })
        return actors.changes(alignment) { pair, oldPath, newPath in
            let a = old.actors[pair.old], b = new.actors[pair.new]
            guard !TextKey.same(a.name, b.name, ignoreCase: options.ignoreCase) else { return [] }
            return [Change(.renamed, oldPath: oldPath + ".name", newPath: newPath + ".name", label: "actor",
                           detail: "“\(a.name)” → “\(b.name)”", old: .string(a.name), new: .string(b.name))]
        }
    }
}
