/// How close two elements sit in their sequences, 0…1, by relative position (first = 0, last = 1).
enum RelativePosition {
    static func similarity(_ i: Int, of n: Int, _ j: Int, of m: Int) -> Double {
        1 - abs(relative(i, n) - relative(j, m))
    }

    private static func relative(_ index: Int, _ count: Int) -> Double {
        count <= 1 ? 0 : Double(index) / Double(count - 1)
    }
}
