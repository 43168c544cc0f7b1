/// Optimal-string-alignment distance (edits and adjacent transpositions), bounded for speed.
enum EditDistance {
    /// True when `a` and `b` are at most `limit` edits apart.
    static func atMost(_ limit: Int, _ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > limit { return false }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) <= limit }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > limit { return false }
            previous2 = previous
            previous = current
        }
        return previous[y.count] <= limit
    }
}
