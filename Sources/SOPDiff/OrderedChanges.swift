/// Collects changes under a position among the new revision's elements and hands them back in
/// that order (removed elements sit just after their anchor; ties keep insertion order).
struct OrderedChanges {
    private var entries: [(position: Double, sequence: Int, change: Change)] = []

    mutating func add(_ changes: [Change], at position: Double) {
        for change in changes { entries.append((position, entries.count, change)) }
    }

    mutating func add(_ change: Change?, at position: Double) {
        if let change { add([change], at: position) }
    }

    var sorted: [Change] {
        entries.sorted { ($0.position, $0.sequence) < ($1.position, $1.sequence) }.map(\.change)
    }
}
