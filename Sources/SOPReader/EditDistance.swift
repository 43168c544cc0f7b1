/// Optimal-string-alignment distance (edits and adjacent transpositions), bounded for speed.
///
/// Label and name matching calls this for every candidate pair, so ASCII strings (the usual case)
/// are compared in place as UTF-8 bytes — one byte is one `Character` there — without copying, and
/// a limit of one edit is checked in a single linear pass. Other strings are compared as `Character`s.
enum EditDistance {
    /// True when `a` and `b` are at most `limit` edits apart.
    static func atMost(_ limit: Int, _ a: String, _ b: String) -> Bool {
        var a = a, b = b
        let bytewise = a.withUTF8 { x in
            b.withUTF8 { y -> Bool? in
                guard ASCIIText.isOneBytePerCharacter(x), ASCIIText.isOneBytePerCharacter(y) else { return nil }
                return atMost(limit, x, y)
            }
        }
        return bytewise ?? atMost(limit, Array(a), Array(b))
    }

    /// `atMost` for byte strings that are already known to be one byte per character (ASCII without CR).
    static func atMost(_ limit: Int, _ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        atMostElements(limit, x, y)
    }

    private static func atMostElements<C: RandomAccessCollection>(_ limit: Int, _ x: C, _ y: C) -> Bool
    where C.Element: Equatable, C.Index == Int {
        if abs(x.count - y.count) > limit { return false }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) <= limit }
        if limit == 1 { return withinOneEdit(x, y) }
        return boundedDistance(limit, x, y)
    }

    private static func atMost<E: Equatable>(_ limit: Int, _ x: [E], _ y: [E]) -> Bool {
        atMostElements(limit, x, y)
    }

    /// Equal, or one substitution, insertion, deletion or adjacent transposition apart (lengths differ by ≤ 1).
    private static func withinOneEdit<C: RandomAccessCollection>(_ x: C, _ y: C) -> Bool
    where C.Element: Equatable, C.Index == Int {
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        let (s0, l0) = (short.startIndex, long.startIndex)
        let n = short.count
        var i = 0
        while i < n, short[s0 + i] == long[l0 + i] { i += 1 }
        if i == n { return true }  // equal, or one trailing insertion
        /// True when short[from...] equals long[from + shift...].
        func restEqual(from: Int, shift: Int) -> Bool {
            var k = from
            while k < n {
                if short[s0 + k] != long[l0 + k + shift] { return false }
                k += 1
            }
            return true
        }
        if n != long.count { return restEqual(from: i, shift: 1) }  // one insertion at i
        if restEqual(from: i + 1, shift: 0) { return true }  // one substitution at i
        // One transposition of positions i and i + 1.
        return i + 1 < n && short[s0 + i] == long[l0 + i + 1] && short[s0 + i + 1] == long[l0 + i]
            && restEqual(from: i + 2, shift: 0)
    }

    private static func boundedDistance<C: RandomAccessCollection>(_ limit: Int, _ x: C, _ y: C) -> Bool
    where C.Element: Equatable, C.Index == Int {
        let (x0, y0) = (x.startIndex, y.startIndex)
        let width = y.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows -> Bool in
            // Three rows of the table: two back, one back, current.
            var previous2 = 0, previous = width, current = 2 * width
            for j in 0..<width {
                rows[previous2 + j] = 0
                rows[previous + j] = j
            }
            for i in 1...x.count {
                rows[current] = i
                var rowMin = i
                for j in 1...y.count {
                    let cost = x[x0 + i - 1] == y[y0 + j - 1] ? 0 : 1
                    var value = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                    if i > 1, j > 1, x[x0 + i - 1] == y[y0 + j - 2], x[x0 + i - 2] == y[y0 + j - 1] {
                        value = min(value, rows[previous2 + j - 2] + 1)
                    }
                    rows[current + j] = value
                    rowMin = min(rowMin, value)
                }
                if rowMin > limit { return false }
                (previous2, previous, current) = (previous, current, previous2)
            }
            return rows[previous + y.count] <= limit
        }
    }
}
