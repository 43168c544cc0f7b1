@testable import SOPDiff
import SOPModel
import Testing

/// The building blocks: optimal assignment, longest increasing run, word diff.
@Suite struct AlgorithmTests {
    /// Best total weight over every assignment of rows to distinct columns (rows ≤ columns).
    private func bruteForce(_ w: [[Double]], row: Int = 0, used: Set<Int> = []) -> Double {
        guard row < w.count else { return 0 }
        var best = -Double.infinity
        for column in w[row].indices where !used.contains(column) {
            best = max(best, w[row][column] + bruteForce(w, row: row + 1, used: used.union([column])))
        }
        return best
    }

    @Test func assignmentIsOptimalOnPseudoRandomMatrices() {
        var seed: UInt64 = 42
        func next() -> Double {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Double(seed >> 33) / Double(1 << 31)
        }
        for size in [(1, 1), (2, 3), (4, 4), (5, 3), (6, 6)] {
            let w = (0..<size.0).map { _ in (0..<size.1).map { _ in next() } }
            let assignment = OptimalAssignment.maximize(rows: size.0, columns: size.1) { w[$0][$1] }
            let columns = assignment.compactMap { $0 }
            #expect(Set(columns).count == columns.count, "columns used once")
            #expect(columns.count == min(size.0, size.1))
            let total = assignment.enumerated().reduce(0.0) { sum, pair in sum + (pair.element.map { w[pair.offset][$0] } ?? 0) }
            let best = size.0 <= size.1 ? bruteForce(w) : bruteForce((0..<size.1).map { c in w.map { $0[c] } })
            #expect(abs(total - best) < 1e-9, "\(size): \(total) vs \(best)")
        }
    }

    @Test func assignmentOfNothingIsEmpty() {
        #expect(OptimalAssignment.maximize(rows: 0, columns: 3) { _, _ in 1 }.isEmpty)
        #expect(OptimalAssignment.maximize(rows: 2, columns: 0) { _, _ in 1 } == [nil, nil])
    }

    @Test func longestIncreasingRun() {
        #expect(LongestIncreasingRun.indices([]) == [])
        #expect(LongestIncreasingRun.indices([0, 1, 3, 2, 4]).count == 4)
        #expect(LongestIncreasingRun.indices([4, 0, 1, 2, 3]) == [1, 2, 3, 4])
        #expect(LongestIncreasingRun.indices([3, 2, 1]).count == 1)
    }

    @Test func alignmentFlagsOnlyTheMovedElement() {
        let old = ["a", "b", "c", "d", "e"], new = ["e", "a", "b", "c", "d"]
        let alignment = Alignment(oldCount: old.count, newCount: new.count, threshold: 0.5) { old[$0] == new[$1] ? 1 : 0 }
        #expect(alignment.pairs.filter(\.moved).map(\.old) == [4])
        #expect(alignment.removed.isEmpty && alignment.added.isEmpty)
    }

    @Test func alignmentLeavesDissimilarElementsUnmatched() {
        let alignment = Alignment(oldCount: 2, newCount: 2, threshold: 0.5) { i, j in i == 0 && j == 0 ? 0.9 : 0.2 }
        #expect(alignment.pairs.map { [$0.old, $0.new] } == [[0, 0]])
        #expect(alignment.removed == [1] && alignment.added == [1])
        #expect(alignment.anchor(forRemoved: 1) == 0)
    }

    @Test func wordDiffKeepsSharedWordsAndMarksTheRest() {
        let edits = WordDiff.edits(old: "Menerima  dan mengoreksi surat", new: "Menerima, memeriksa dan mengoreksi surat dinas", ignoreCase: false)
        #expect(edits == [WordEdit(.removed, "Menerima"), WordEdit(.added, "Menerima, memeriksa"),
                          WordEdit(.same, "dan mengoreksi surat"), WordEdit(.added, "dinas")])
    }

    @Test func wordDiffOfEqualTextsIsOneRun() {
        #expect(WordDiff.edits(old: "a b c", new: "a  b\nc", ignoreCase: false) == [WordEdit(.same, "a b c")])
        #expect(WordDiff.edits(old: "A B", new: "a b", ignoreCase: true) == [WordEdit(.same, "a b")])
        #expect(WordDiff.edits(old: "", new: "", ignoreCase: false).isEmpty)
    }

    @Test func wordDiffOfVeryDifferentLongTextsFallsBackToReplacement() {
        let old = (0..<600).map { "a\($0)" }.joined(separator: " "), new = (0..<600).map { "b\($0)" }.joined(separator: " ")
        let edits = WordDiff.edits(old: "x " + old + " y", new: "x " + new + " y", ignoreCase: false)
        #expect(edits.map(\.operation) == [.same, .removed, .added, .same])
    }

    @Test func durationTotalsAreKeptPerUnitWithHoursInMinutes() {
        let steps = [
            Step(number: 1, activity: "x", duration: Duration(text: "2 Hari Kerja", min: 2, max: 2, unit: .day, workingDays: true)),
            Step(number: 1, activity: "x", duration: Duration(text: "1-3 hari kerja", min: 1, max: 3, unit: .day, workingDays: true)),
            Step(number: 1, activity: "x", duration: Duration(text: "30 menit", min: 30, max: 30, unit: .minute)),
            Step(number: 1, activity: "x", duration: Duration(text: "1 jam", min: 1, max: 1, unit: .hour)),
            Step(number: 1, activity: "x", duration: Duration(text: "2 hari", min: 2, max: 2, unit: .day)),
            Step(number: 1, activity: "x", duration: Duration(text: "segera")),
            Step(number: 1, activity: "x", duration: nil),
        ]
        #expect(DurationText.total(DurationSum(steps)) == "3–5 hari kerja + 2 hari + 1 jam 30 menit + 2 without duration")
        #expect(DurationText.total(DurationSum([])) == "none")
    }
}
