/// Optimal-string-alignment distance (edits and adjacent transpositions), bounded for speed.
///
/// Label and name matching calls this for every candidate pair, so ASCII strings (the usual case)
/// are compared as UTF-8 bytes — one byte is one `Character` there — and a limit of one edit is
/// checked in a single linear pass. Other strings are compared as `Character`s.
enum EditDistance {
    /// True when `a` and `b` are at most `limit` edits apart.
    static func atMost(_ limit: Int, _ a: String, _ b: String) -> Bool {
        if let x = asciiBytes(a), let y = asciiBytes(b) { return atMost(limit, x, y) }
        return atMost(limit, Array(a), Array(b))
    }

    /// The bytes of an ASCII string without a CR (CR LF would be one `Character`), else nil.
    private static func asciiBytes(_ s: String) -> [UInt8]? {
        let bytes = Array(s.utf8)
        return bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? bytes : nil
    }

    private static func atMost<E: Equatable>(_ limit: Int, _ x: [E], _ y: [E]) -> Bool {
        if abs(x.count - y.count) > limit { return false }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) <= limit }
        if limit == 1 { return withinOneEdit(x, y) }
        return boundedDistance(limit, x, y)
    }

    /// Equal, or one substitution, insertion, deletion or adjacent transposition apart (lengths differ by ≤ 1).
    private static func withinOneEdit<E: Equatable>(_ x: [E], _ y: [E]) -> Bool {
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        var i = 0
        while i < short.count, short[i] == long[i] { i += 1 }
        if i == short.count { return true }  // equal, or one trailing insertion
        if short.count != long.count {
            return short[i...] == long[(i + 1)...]  // one insertion at i
        }
        if short[(i + 1)...] == long[(i + 1)...] { return true }  // one substitution at i
        // One transposition of positions i and i + 1.
        return i + 1 < short.count && short[i] == long[i + 1] && short[i + 1] == long[i]
            && short[(i + 2)...] == long[(i + 2)...]
    }

    private static func boundedDistance<E: Equatable>(_ limit: Int, _ x: [E], _ y: [E]) -> Bool {
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
