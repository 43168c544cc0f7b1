import SOPModel

/// The arrows of one procedure's flow, shared by the DOT and SVG writers: each step continues to the
/// next unless it is a decision whose two known branches both go elsewhere; decision branches that go
/// to another existing step are jumps. Targets are step indices (positions), never guessed.
struct FlowBranches {
    /// An arrow from step `from` to step `to` (indices into `procedure.steps`), with its Ya/Tidak label.
    struct Edge: Equatable {
        var from: Int
        var to: Int
        var label: String?
    }

    /// step i → step i+1.
    private(set) var sequence: [Edge] = []
    /// Decision branches to a step other than the next one (back edges and forward jumps).
    private(set) var jumps: [Edge] = []

    init(_ procedure: Procedure) {
        let steps = procedure.steps
        let positions = StepPositions(steps)
        sequence.reserveCapacity(steps.count)
        for (index, step) in steps.enumerated() {
            let next = index + 1 < steps.count ? index + 1 : nil
            guard let decision = step.decision else {
                if let next { sequence.append(Edge(from: index, to: next, label: nil)) }
                continue
            }
            /// Records a branch's jump, or whether it goes to the next step.
            func follow(_ number: Int?, _ label: String) -> Bool {
                guard let target = number.flatMap(positions.position(ofNumber:)), target != index else { return false }
                if target == next { return true }
                jumps.append(Edge(from: index, to: target, label: label))
                return false
            }
            let yesToNext = follow(decision.yes, "Ya")
            let noToNext = follow(decision.no, "Tidak")
            let bothElsewhere = decision.yes != nil && decision.no != nil && !yesToNext && !noToNext
            if let next, !bothElsewhere {
                let label: String? = yesToNext ? (noToNext ? "Ya/Tidak" : "Ya") : (noToNext ? "Tidak" : nil)
                sequence.append(Edge(from: index, to: next, label: label))
            }
        }
    }
}
