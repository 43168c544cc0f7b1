import SOPModel

/// Which lane (actor column) each step is drawn in: the procedure's actors left to right, plus one
/// trailing "unresolved" lane when some step's actor is unknown — such steps are never guessed into
/// an actor's lane.
struct SwimlaneAssignment {
    /// One actor column; `actor` is nil for the unresolved lane.
    struct Lane {
        var actor: Actor?
    }

    private(set) var lanes: [Lane]
    /// For each step: the lanes of its actors, in column order (never empty).
    private(set) var stepLanes: [[Int]]

    init(_ procedure: Procedure) {
        var laneOfActor: [String: Int] = [:]
        for (index, actor) in procedure.actors.enumerated() where laneOfActor[actor.id] == nil {
            laneOfActor[actor.id] = index
        }
        lanes = procedure.actors.map { Lane(actor: $0) }
        let unresolvedLane = lanes.count
        stepLanes = procedure.steps.map { step in
            let known = Set(step.actors.compactMap { laneOfActor[$0] }).sorted()
            return known.isEmpty ? [unresolvedLane] : known
        }
        if stepLanes.contains(where: { $0 == [unresolvedLane] }) {
            lanes.append(Lane(actor: nil))
        }
    }
}
