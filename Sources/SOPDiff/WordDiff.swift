/// Word-level diff of two texts (Myers' O((N+M)·D) algorithm on whitespace-separated words).
///
/// The common head and tail are taken off first; if the middle differs in more than `maxEdits`
/// words, it is reported as one removal and one addition instead of searched further.
enum WordDiff {
    static let maxEdits = 400

    private enum Step { case same(Int, Int), removed(Int), added(Int) }

    static func edits(old: String, new: String, ignoreCase: Bool) -> [WordEdit] {
        let a = TextKey.words(old), b = TextKey.words(new)
        let ka = a.map { TextKey.word($0, ignoreCase: ignoreCase) }
        let kb = b.map { TextKey.word($0, ignoreCase: ignoreCase) }
        var head = 0
        while head < a.count, head < b.count, ka[head] == kb[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, ka[a.count - 1 - tail] == kb[b.count - 1 - tail] { tail += 1 }

        var steps: [Step] = (0..<head).map { .same($0, $0) }
        let middleA = Array(ka[head..<(a.count - tail)]), middleB = Array(kb[head..<(b.count - tail)])
        if let middle = myers(middleA, middleB) {
            steps += middle.map { step in
                switch step {
                case .same(let i, let j): .same(i + head, j + head)
                case .removed(let i): .removed(i + head)
                case .added(let j): .added(j + head)
                }
            }
        } else {
            steps += (head..<(a.count - tail)).map { .removed($0) }
            steps += (head..<(b.count - tail)).map { .added($0) }
        }
        steps += (0..<tail).map { .same(a.count - tail + $0, b.count - tail + $0) }
        return runs(steps, a, b)
    }

    /// Joins consecutive words of one operation; removals come before additions within a change.
    private static func runs(_ steps: [Step], _ a: [Substring], _ b: [Substring]) -> [WordEdit] {
        var result: [WordEdit] = []
        var removed: [Substring] = [], added: [Substring] = [], same: [Substring] = []
        func flushChange() {
            if !removed.isEmpty { result.append(WordEdit(.removed, removed.joined(separator: " "))) }
            if !added.isEmpty { result.append(WordEdit(.added, added.joined(separator: " "))) }
            removed = []
            added = []
        }
        func flushSame() {
            if !same.isEmpty { result.append(WordEdit(.same, same.joined(separator: " "))) }
            same = []
        }
        for step in steps {
            switch step {
            case .same(_, let j):
                flushChange()
                same.append(b[j])
            case .removed(let i):
                flushSame()
                removed.append(a[i])
            case .added(let j):
                flushSame()
                added.append(b[j])
            }
        }
        flushChange()
        flushSame()
        return result
    }

    /// The shortest edit script from `x` to `y`, or nil when it needs more than `maxEdits` edits.
    private static func myers(_ x: [String], _ y: [String]) -> [Step]? {
        let n = x.count, m = y.count
        if n == 0 && m == 0 { return [] }
        let limit = min(n + m, maxEdits)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        for d in 0...limit {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var i = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var j = i - k
                while i < n, j < m, x[i] == y[j] {
                    i += 1
                    j += 1
                }
                v[offset + k] = i
                if i >= n && j >= m { return backtrack(trace, n: n, m: m, offset: offset) }
            }
        }
        return nil
    }

    private static func backtrack(_ trace: [[Int]], n: Int, m: Int, offset: Int) -> [Step] {
        var steps: [Step] = []
        var i = n, j = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = i - j
            let previousK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1
            let previousI = v[offset + previousK], previousJ = previousI - previousK
            while i > previousI, j > previousJ {
                steps.append(.same(i - 1, j - 1))
                i -= 1
                j -= 1
            }
            if d > 0 {
                if i == previousI { steps.append(.added(j - 1)) } else { steps.append(.removed(i - 1)) }
            }
            i = previousI
            j = previousJ
        }
        return steps.reversed()
    }
}
