import SOPModel

/// Changes inside one step found in both revisions of a procedure. Actors are compared through
/// the actor alignment (a renamed column is not a reassignment) and decision targets through the
/// step alignment (a renumbered target is not a new target).
struct StepDiffer {
    private let old: Procedure
    private let new: Procedure
    private let steps: Alignment
    private let options: DiffOptions
    private let newActorOfOld: [String: String]
    private let oldActorIds: Set<String>
    private let oldIndexOfNumber: [Int: Int]

    init(old: Procedure, new: Procedure, steps: Alignment, actors: Alignment, options: DiffOptions) {
        self.old = old
        self.new = new
        self.steps = steps
        self.options = options
        var map: [String: String] = [:]
        for pair in actors.pairs where old.actors.indices.contains(pair.old) && new.actors.indices.contains(pair.new) {
            map[old.actors[pair.old].id] = new.actors[pair.new].id
        }
        newActorOfOld = map
        oldActorIds = Set(old.actors.map(\.id))
        var numbers: [Int: Int] = [:]
        for (index, step) in old.steps.enumerated() where numbers[step.number] == nil { numbers[step.number] = index }
        oldIndexOfNumber = numbers
    }

    /// Where a decision branch leads, in terms comparable across revisions.
    private enum Target: Equatable {
        case none
        /// A step of the new revision, by its number there.
        case step(Int)
        /// An old step with no counterpart in the new revision.
        case removedStep(Int)
    }

    private func oldTarget(_ number: Int?) -> Target {
        guard let number else { return .none }
        guard let index = oldIndexOfNumber[number] else { return .step(number) }
        guard let newIndex = steps.new(forOld: index), new.steps.indices.contains(newIndex) else { return .removedStep(number) }
        return .step(new.steps[newIndex].number)
    }

    private func newTarget(_ number: Int?) -> Target { number.map(Target.step) ?? .none }

    /// "yes → 6, no → 4"; an old target that now goes by another number, or is gone, says so.
    private func decisionText(_ decision: Decision?, old isOld: Bool) -> String {
        guard let decision else { return "none" }
        let target = { (number: Int?) -> String in
            guard let number else { return "?" }
            guard isOld else { return String(number) }
            switch oldTarget(number) {
            case .step(let now) where now != number: return "\(number) (now \(now))"
            case .removedStep: return "\(number) (removed)"
            default: return String(number)
            }
        }
        return "yes → \(target(decision.yes)), no → \(target(decision.no))"
    }

    /// The old step's actors as new-revision ids; an actor whose column is gone keeps a marker
    /// that matches nothing.
    private func mappedActors(_ ids: [String]) -> Set<String> {
        Set(ids.map { id in newActorOfOld[id] ?? (oldActorIds.contains(id) ? "removed:" + id : id) })
    }

    func changes(_ pair: Alignment.Pair, oldPath: String, newPath: String) -> [Change] {
        guard old.steps.indices.contains(pair.old), new.steps.indices.contains(pair.new) else { return [] }
        let a = old.steps[pair.old], b = new.steps[pair.new]
        let label = "step \(b.number)"
        var changes: [Change] = []
        if !pair.moved, a.number != b.number, !options.ignoreRenumbering {
            changes.append(Change(.renumbered, oldPath: oldPath + ".number", newPath: newPath + ".number", label: label,
                                  detail: "renumbered \(a.number) → \(b.number)",
                                  old: .number(Double(a.number)), new: .number(Double(b.number))))
        }
        if let change = FieldChange.text(a.activity, b.activity, oldPath: oldPath + ".activity", newPath: newPath + ".activity",
                                         label: label + " activity", options: options) {
            changes.append(change)
        }
        if mappedActors(a.actors) != Set(b.actors) {
            changes.append(Change(.changed, oldPath: oldPath + ".actors", newPath: newPath + ".actors", label: label + " actors",
                                  detail: "\(ActorNames.list(a.actors, in: old)) → \(ActorNames.list(b.actors, in: new))",
                                  old: JSONValue(encoding: a.actors), new: JSONValue(encoding: b.actors)))
        }
        changes += ListDiffer.changes(a.inputs, b.inputs, oldBase: oldPath + ".inputs", newBase: newPath + ".inputs",
                                      label: label + " input", options: options)
        if !DurationText.same(a.duration, b.duration, ignoreCase: options.ignoreCase) {
            changes.append(Change(.changed, oldPath: oldPath + ".duration", newPath: newPath + ".duration", label: label + " duration",
                                  detail: DurationText.change(from: a.duration, to: b.duration),
                                  old: a.duration.map { JSONValue(encoding: $0) } ?? .null,
                                  new: b.duration.map { JSONValue(encoding: $0) } ?? .null))
        }
        changes += ListDiffer.changes(a.outputs, b.outputs, oldBase: oldPath + ".outputs", newBase: newPath + ".outputs",
                                      label: label + " output", options: options)
        if let change = FieldChange.text(a.notes, b.notes, oldPath: oldPath + ".notes", newPath: newPath + ".notes",
                                         label: label + " notes", options: options) {
            changes.append(change)
        }
        let sameDecision = (a.decision == nil) == (b.decision == nil)
            && oldTarget(a.decision?.yes) == newTarget(b.decision?.yes) && oldTarget(a.decision?.no) == newTarget(b.decision?.no)
        if !sameDecision {
            changes.append(Change(.changed, oldPath: oldPath + ".decision", newPath: newPath + ".decision", label: label + " decision",
                                  detail: "\(decisionText(a.decision, old: true)) ⇒ \(decisionText(b.decision, old: false))",
                                  old: a.decision.map { JSONValue(encoding: $0) } ?? .null,
                                  new: b.decision.map { JSONValue(encoding: $0) } ?? .null))
        }
        return changes
    }
}
