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
        var indexOfNumber: [Int: Int] = [:]
        for (index, step) in procedure.steps.enumerated() where indexOfNumber[step.number] == nil {
            indexOfNumber[step.number] = index
        }
        let steps = procedure.steps
        for (index, step) in steps.enumerated() {
            let next = index + 1 < steps.count ? index + 1 : nil
            guard let decision = step.decision else {
                if let next { sequence.append(Edge(from: index, to: next, label: nil)) }
                continue
            }
            let branches = [("Ya", decision.yes), ("Tidak", decision.no)].map { label, number in
                (label: label, known: number != nil, target: number.flatMap { indexOfNumber[$0] })
            }
            var nextLabels: [String] = []
            for branch in branches {
                guard let target = branch.target, target != index else { continue }
                if target == next {
                    nextLabels.append(branch.label)
                } else {
                    jumps.append(Edge(from: index, to: target, label: branch.label))
                }
            }
            let bothElsewhere = branches.allSatisfy { $0.known } && nextLabels.isEmpty
            if let next, !bothElsewhere {
                sequence.append(Edge(from: index, to: next, label: nextLabels.isEmpty ? nil : nextLabels.joined(separator: "/")))
            }
        }
    }
}
