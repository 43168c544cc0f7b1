@testable import SOPWriters
import SOPModel
import Testing

/// Swimlanes and branches agree with the plain definitions (a dictionary of actor ids and a
/// Set per step; a dictionary of step numbers) on duplicates, unknowns, gaps and many actors.
@Suite struct ProcedureFlowTests {
    /// The lanes by the definition: first actor with each id; each step's known lanes sorted once.
    static func referenceLanes(_ procedure: Procedure) -> [[Int]] {
        var laneOfActor: [String: Int] = [:]
        for (index, actor) in procedure.actors.enumerated() where laneOfActor[actor.id] == nil { laneOfActor[actor.id] = index }
        return procedure.steps.map { step in
            let known = Set(step.actors.compactMap { laneOfActor[$0] }).sorted()
            return known.isEmpty ? [procedure.actors.count] : known
        }
    }

    /// The edges by the definition (a dictionary of step numbers, labels joined).
    static func referenceEdges(_ procedure: Procedure) -> (sequence: [FlowBranches.Edge], jumps: [FlowBranches.Edge]) {
        var sequence: [FlowBranches.Edge] = [], jumps: [FlowBranches.Edge] = []
        var indexOfNumber: [Int: Int] = [:]
        for (index, step) in procedure.steps.enumerated() where indexOfNumber[step.number] == nil { indexOfNumber[step.number] = index }
        let steps = procedure.steps
        for (index, step) in steps.enumerated() {
            let next = index + 1 < steps.count ? index + 1 : nil
            guard let decision = step.decision else {
                if let next { sequence.append(.init(from: index, to: next, label: nil)) }
                continue
            }
            let branches = [("Ya", decision.yes), ("Tidak", decision.no)].map { label, number in
                (label: label, known: number != nil, target: number.flatMap { indexOfNumber[$0] })
            }
            var nextLabels: [String] = []
            for branch in branches {
                guard let target = branch.target, target != index else { continue }
                if target == next { nextLabels.append(branch.label) } else { jumps.append(.init(from: index, to: target, label: branch.label)) }
            }
            if let next, !(branches.allSatisfy { $0.known } && nextLabels.isEmpty) {
                sequence.append(.init(from: index, to: next, label: nextLabels.isEmpty ? nil : nextLabels.joined(separator: "/")))
            }
        }
        return (sequence, jumps)
    }

    static func procedures() -> [Procedure] {
        var generator = SystemRandomNumberGenerator()
        var result: [Procedure] = []
        for actorCount in [0, 1, 3, 16, 17, 40] {
            for numbering in 0..<3 {
                let ids = (0..<actorCount).map { "aktor-\($0 % max(1, actorCount - 2))" }  // some ids twice
                let actors = ids.enumerated().map { Actor(id: $1, name: "Aktor \($0)") }
                var steps: [Step] = []
                for index in 0..<60 {
                    let number = numbering == 0 ? index + 1 : numbering == 1 ? index + 1 + (index > 30 ? 1 : 0) : (index * 7) % 13 - 2
                    let named = (0..<Int.random(in: 0...20, using: &generator)).map { _ in
                        Bool.random(using: &generator) ? "aktor-\(Int.random(in: 0...45, using: &generator))" : "tak-dikenal"
                    }
                    let decision: Decision? = index % 3 == 0
                        ? Decision(yes: Bool.random(using: &generator) ? Int.random(in: -2...64, using: &generator) : nil,
                                   no: Bool.random(using: &generator) ? Int.random(in: -2...64, using: &generator) : nil)
                        : nil
                    steps.append(Step(number: number, activity: "Langkah", actors: named, decision: decision))
                }
                result.append(Procedure(actors: actors, steps: steps))
            }
        }
        return result
    }

    @Test func lanesAgreeWithTheDefinition() {
        for procedure in Self.procedures() {
            let lanes = SwimlaneAssignment(procedure)
            let reference = Self.referenceLanes(procedure)
            #expect(lanes.stepLanes == reference)
            #expect(lanes.lanes.count == procedure.actors.count + (reference.contains([procedure.actors.count]) ? 1 : 0))
        }
    }

    @Test func branchesAgreeWithTheDefinition() {
        for procedure in Self.procedures() {
            let branches = FlowBranches(procedure)
            let reference = Self.referenceEdges(procedure)
            #expect(branches.sequence == reference.sequence)
            #expect(branches.jumps == reference.jumps)
        }
    }

    @Test func sortedUniqueSortsAndDropsRepeats() {
        #expect(SwimlaneAssignment.sortedUnique([]) == [])
        #expect(SwimlaneAssignment.sortedUnique([3]) == [3])
        #expect(SwimlaneAssignment.sortedUnique([3, 1, 3, 2, 1]) == [1, 2, 3])
        let many = (0..<100).map { ($0 * 37) % 23 }
        #expect(SwimlaneAssignment.sortedUnique(many) == Set(many).sorted())
    }
}
