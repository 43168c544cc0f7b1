import Foundation
import SOPDiff
import SOPModel
import Testing

/// Procedures too long for the optimal assignment (over 1 000 × 1 000 candidate pairs) are aligned
/// by exact-text anchors plus a banded greedy match: still exactly the intended changes, in time
/// that grows linearly.
@Suite struct LargeRevisionTests {
    /// Tapin's procedure repeated to `count` steps, each activity made unique by its sheet number.
    private func long(_ count: Int) throws -> Document {
        var document = try Seeds.document("tapin")
        let seed = document.procedures[0].steps
        document.procedures[0].steps = (0..<count).map { index in
            var step = seed[index % seed.count]
            step.number = index + 1
            step.decision = nil
            step.activity += " (lembar \(index + 1))"
            return step
        }
        return document
    }

    private func changes(_ old: Document, _ new: Document) -> [Change] {
        RevisionComparer.compare(old, new, options: DiffOptions(ignoreRenumbering: true)).changes
    }

    @Test func identicalLongProceduresHaveNoChanges() throws {
        let document = try long(3_000)
        let start = ProcessInfo.processInfo.systemUptime
        #expect(changes(document, document).isEmpty)
        #expect(ProcessInfo.processInfo.systemUptime - start < 30)
    }

    @Test func insertionRemovalAndEditAreFoundInALongProcedure() throws {
        let old = try long(3_000)
        var new = old
        new.procedures[0].steps[1_500].activity = new.procedures[0].steps[1_500].activity.replacingOccurrences(of: "lembar", with: "halaman")
        new.procedures[0].insertStep(.review, at: 2_500)
        new.procedures[0].deleteStep(at: 100)
        let summary = changes(old, new).map { "\($0.kind.rawValue) \($0.path)" }.sorted()
        #expect(summary == ["added procedures[0].steps[2499]", "changed procedures[0].steps[1499].activity",
                            "removed procedures[0].steps[100]"])
    }

    @Test func aStepMovedFarInALongProcedureIsOneMove() throws {
        let old = try long(3_000)
        var new = old
        let step = new.procedures[0].steps.remove(at: 10)
        new.procedures[0].steps.insert(step, at: 2_900)
        for index in new.procedures[0].steps.indices { new.procedures[0].steps[index].number = index + 1 }
        let found = changes(old, new)
        #expect(found.map(\.kind) == [.moved])
    }
}
