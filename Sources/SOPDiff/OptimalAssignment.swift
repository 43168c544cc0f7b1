/// Maximum-weight assignment between two sets (the Hungarian algorithm, Kuhn–Munkres with
/// potentials, O(n²·m) for n ≤ m).
enum OptimalAssignment {
    /// For each row, the column it is assigned to, maximizing the total of `weight(row, column)`
    /// (weights in 0…1). When there are more rows than columns some rows get nil.
    static func maximize(rows: Int, columns: Int, weight: (Int, Int) -> Double) -> [Int?] {
        guard rows > 0, columns > 0 else { return [Int?](repeating: nil, count: max(rows, 0)) }
        if rows > columns {
            let transposed = maximize(rows: columns, columns: rows) { weight($1, $0) }
            var result = [Int?](repeating: nil, count: rows)
            for (column, row) in transposed.enumerated() {
                if let row { result[row] = column }
            }
            return result
        }
        // Minimize cost = 1 − weight; arrays are 1-based with index 0 as the virtual start.
        let n = rows, m = columns
        var cost = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: n + 1)
        for i in 1...n {
            for j in 1...m { cost[i][j] = 1 - weight(i - 1, j - 1) }
        }
        var u = [Double](repeating: 0, count: n + 1), v = [Double](repeating: 0, count: m + 1)
        var owner = [Int](repeating: 0, count: m + 1), way = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            owner[0] = i
            var j0 = 0
            var minimum = [Double](repeating: .infinity, count: m + 1)
            var used = [Bool](repeating: false, count: m + 1)
            repeat {
                used[j0] = true
                let i0 = owner[j0]
                var delta = Double.infinity, j1 = 0
                for j in 1...m where !used[j] {
                    let reduced = cost[i0][j] - u[i0] - v[j]
                    if reduced < minimum[j] {
                        minimum[j] = reduced
                        way[j] = j0
                    }
                    if minimum[j] < delta {
                        delta = minimum[j]
                        j1 = j
                    }
                }
                for j in 0...m {
                    if used[j] {
                        u[owner[j]] += delta
                        v[j] -= delta
                    } else {
                        minimum[j] -= delta
                    }
                }
                j0 = j1
            } while owner[j0] != 0
            repeat {
                let j1 = way[j0]
                owner[j0] = owner[j1]
                j0 = j1
            } while j0 != 0
        }
        var result = [Int?](repeating: nil, count: n)
        for j in 1...m where owner[j] != 0 { result[owner[j] - 1] = j - 1 }
        return result
    }
}
