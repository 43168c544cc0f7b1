/// Longest strictly increasing subsequence (patience sorting, O(n log n)).
enum LongestIncreasingRun {
    /// Positions in `values` of one longest strictly increasing subsequence.
    static func indices(_ values: [Int]) -> [Int] {
        var tails: [Int] = []            // positions; values[tails[k]] is the smallest tail of a run of length k+1
        var previous = [Int](repeating: -1, count: values.count)
        for (position, value) in values.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if values[tails[middle]] < value { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[position] = tails[low - 1] }
            if low == tails.count { tails.append(position) } else { tails[low] = position }
        }
        var result: [Int] = []
        var position = tails.last ?? -1
        while position >= 0 {
            result.append(position)
            position = previous[position]
        }
        return result.reversed()
    }
}
