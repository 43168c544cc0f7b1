/// Matching for sequences too long for the optimal assignment (which grows as n³): first every
/// element whose exact key occurs on both sides is paired with its counterpart in order, wherever it
/// moved; what is left is matched optimally when it is small enough, otherwise greedily by score
/// among the candidates near its proportional position (a band of `band` on each side), which is
/// linear in the length. An element that was both edited and moved far away is then reported as
/// removed and added rather than moved.
enum LargeMatching {
    /// Above this many candidate pairs the optimal assignment is not used (1 000 × 1 000).
    static let optimalPairLimit = 1_000_000
    /// Candidates considered on each side of an element's proportional position.
    static let band = 64

    /// Matched (old, new) index pairs scoring at least `threshold`, ordered by old index. `keys`, when
    /// given, holds one exact key per old and per new element.
    static func match(oldCount: Int, newCount: Int, keys: (old: [String], new: [String])?, threshold: Double,
                      score: (Int, Int) -> Double) -> [(old: Int, new: Int)] {
        var pairs: [(old: Int, new: Int)] = []
        if let keys, keys.old.count == oldCount, keys.new.count == newCount {
            pairs = anchoredPairs(keys.old, keys.new)
        }
        var oldMatched = [Bool](repeating: false, count: oldCount)
        var newMatched = [Bool](repeating: false, count: newCount)
        for pair in pairs {
            oldMatched[pair.old] = true
            newMatched[pair.new] = true
        }
        let oldRest = (0..<oldCount).filter { !oldMatched[$0] }, newRest = (0..<newCount).filter { !newMatched[$0] }
        let restScore = { (i: Int, j: Int) in score(oldRest[i], newRest[j]) }
        let rest = oldRest.count * newRest.count <= optimalPairLimit
            ? optimal(oldRest.count, newRest.count, threshold: threshold, score: restScore)
            : banded(oldRest.count, newRest.count, threshold: threshold, score: restScore)
        pairs += rest.map { (oldRest[$0.old], newRest[$0.new]) }
        return pairs.sorted { $0.old < $1.old }
    }

    /// The k-th old element with a key paired with the k-th new element with the same key.
    private static func anchoredPairs(_ oldKeys: [String], _ newKeys: [String]) -> [(old: Int, new: Int)] {
        var newByKey: [String: [Int]] = [:]
        for (index, key) in newKeys.enumerated() { newByKey[key, default: []].append(index) }
        var taken: [String: Int] = [:]
        var pairs: [(old: Int, new: Int)] = []
        for (index, key) in oldKeys.enumerated() {
            guard let candidates = newByKey[key] else { continue }
            let next = taken[key, default: 0]
            guard next < candidates.count else { continue }
            pairs.append((index, candidates[next]))
            taken[key] = next + 1
        }
        return pairs
    }

    /// The optimal assignment, keeping pairs at or above the threshold.
    static func optimal(_ oldCount: Int, _ newCount: Int, threshold: Double,
                        score: (Int, Int) -> Double) -> [(old: Int, new: Int)] {
        let assignment = OptimalAssignment.maximize(rows: oldCount, columns: newCount) { i, j in
            let value = score(i, j)
            return value >= threshold ? value : 0
        }
        return assignment.enumerated().compactMap { old, new in
            guard let new, score(old, new) >= threshold else { return nil }
            return (old, new)
        }
    }

    /// Best-score-first greedy matching among the candidates within `band` of the proportional position.
    private static func banded(_ oldCount: Int, _ newCount: Int, threshold: Double,
                               score: (Int, Int) -> Double) -> [(old: Int, new: Int)] {
        var candidates: [(score: Double, old: Int, new: Int)] = []
        for old in 0..<oldCount {
            let centre = old * newCount / max(oldCount, 1)
            for new in max(0, centre - band)..<min(newCount, centre + band + 1) {
                let value = score(old, new)
                if value >= threshold { candidates.append((value, old, new)) }
            }
        }
        candidates.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            return (a.old, a.new) < (b.old, b.new)
        }
        var oldUsed = [Bool](repeating: false, count: oldCount), newUsed = [Bool](repeating: false, count: newCount)
        var pairs: [(old: Int, new: Int)] = []
        for candidate in candidates where !oldUsed[candidate.old] && !newUsed[candidate.new] {
            oldUsed[candidate.old] = true
            newUsed[candidate.new] = true
            pairs.append((candidate.old, candidate.new))
        }
        return pairs
    }
}
