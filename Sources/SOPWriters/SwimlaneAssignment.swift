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
        let lookup = LaneLookup(procedure.actors)
        lanes = procedure.actors.map { Lane(actor: $0) }
        let unresolvedLane = lanes.count
        var anyUnresolved = false
        stepLanes = procedure.steps.map { step in
            let known = Self.sortedUnique(step.actors.compactMap { lookup.lane(of: $0) })
            if known.isEmpty { anyUnresolved = true }
            return known.isEmpty ? [unresolvedLane] : known
        }
        if anyUnresolved {
            lanes.append(Lane(actor: nil))
        }
    }

    /// `lanes` sorted, each once (a step names few actors; large lists are sorted by the library).
    static func sortedUnique(_ lanes: [Int]) -> [Int] {
        if lanes.count < 2 { return lanes }
        if lanes.count > 16 { return Set(lanes).sorted() }
        var result = lanes
        // Insertion sort of a short list, then drop repeats.
        for i in 1..<result.count {
            let value = result[i]
            var j = i
            while j > 0 && result[j - 1] > value { result[j] = result[j - 1]; j -= 1 }
            result[j] = value
        }
        var kept = 1
        for i in 1..<result.count where result[i] != result[kept - 1] {
            result[kept] = result[i]
            kept += 1
        }
        result.removeLast(result.count - kept)
        return result
    }

    /// The lane of an actor id: the first actor with that id. A few actors are searched in order,
    /// many through a dictionary.
    private struct LaneLookup {
        let ids: [String]
        let laneOfActor: [String: Int]?

        init(_ actors: [Actor]) {
            ids = actors.map(\.id)
            if actors.count <= 16 {
                laneOfActor = nil
            } else {
                var laneOfActor: [String: Int] = [:]
                for (index, id) in ids.enumerated() where laneOfActor[id] == nil { laneOfActor[id] = index }
                self.laneOfActor = laneOfActor
            }
        }

        func lane(of id: String) -> Int? {
            if let laneOfActor { return laneOfActor[id] }
            return ids.firstIndex(of: id)
        }
    }
}
