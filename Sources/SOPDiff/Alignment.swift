/// Which elements of an old and a new sequence are the same element, and which of the matched
/// ones moved out of order.
struct Alignment {
    /// A matched pair of indices.
    struct Pair {
        var old: Int
        var new: Int
        /// Out of order with respect to the longest run of pairs that kept their relative order.
        var moved: Bool
    }

    /// Matched pairs in new-sequence order.
    private(set) var pairs: [Pair]
    /// Old indices without a match, ascending.
    private(set) var removed: [Int]
    /// New indices without a match, ascending.
    private(set) var added: [Int]
    private var newOfOld: [Int: Int]
    private var anchors: [Int]

    /// Matches by optimal assignment on `score` (0…1); pairs scoring below `threshold` stay unmatched.
    /// Sequences over `LargeMatching.optimalPairLimit` candidate pairs are matched by `LargeMatching`,
    /// first on the exact `keys` (one per element, old then new) when the caller gives them.
    init(oldCount: Int, newCount: Int, threshold: Double, keys: (old: [String], new: [String])? = nil,
         score: (Int, Int) -> Double) {
        let oldCount = max(oldCount, 0), newCount = max(newCount, 0)
        let matched: [(old: Int, new: Int)]
        if oldCount * newCount <= LargeMatching.optimalPairLimit {
            matched = LargeMatching.optimal(oldCount, newCount, threshold: threshold, score: score)
        } else {
            matched = LargeMatching.match(oldCount: oldCount, newCount: newCount, keys: keys, threshold: threshold, score: score)
        }
        let kept = Set(LongestIncreasingRun.indices(matched.map(\.new)))
        var pairs = matched.enumerated().map { Pair(old: $0.element.old, new: $0.element.new, moved: !kept.contains($0.offset)) }
        pairs.sort { $0.new < $1.new }
        let newOfOld = Dictionary(uniqueKeysWithValues: pairs.map { ($0.old, $0.new) })
        let matchedNew = Set(pairs.map(\.new))
        var anchors: [Int] = []
        var last = -1
        for old in 0..<oldCount {
            anchors.append(last)
            if let new = newOfOld[old] { last = new }
        }
        self.pairs = pairs
        self.newOfOld = newOfOld
        removed = (0..<oldCount).filter { newOfOld[$0] == nil }
        added = (0..<newCount).filter { !matchedNew.contains($0) }
        self.anchors = anchors
    }

    /// The new index of the element at old index `old`, if it has one.
    func new(forOld old: Int) -> Int? { newOfOld[old] }

    /// Where a removed old element sits among the new elements: the new position of the closest
    /// earlier old element that has one (−1 when there is none), for ordering reports.
    func anchor(forRemoved old: Int) -> Int {
        anchors.indices.contains(old) ? anchors[old] : -1
    }
}
