import SOPModel

/// The sum of a procedure's step durations, kept per unit ("8–13 hari kerja + 60 menit"):
/// units are not converted, because an SOP's hours and working days do not convert reliably.
struct DurationTotal: Equatable {
    private struct Bucket: Hashable, Comparable {
        var unit: Duration.Unit
        var workingDays: Bool

        private var rank: Int { (Duration.Unit.allCases.firstIndex(of: unit) ?? 0) * 2 + (workingDays ? 1 : 0) }
        static func < (a: Bucket, b: Bucket) -> Bool { a.rank > b.rank }
    }

    private var sums: [Bucket: (min: Double, max: Double)] = [:]
    /// Steps with a duration that has no number or unit.
    private var unreadable = 0

    init(_ steps: [Step]) {
        for step in steps {
            guard let duration = step.duration else { continue }
            guard let unit = duration.unit, let min = duration.min else {
                unreadable += 1
                continue
            }
            let bucket = Bucket(unit: unit, workingDays: duration.workingDays)
            let sum = sums[bucket] ?? (0, 0)
            sums[bucket] = (sum.min + min, sum.max + (duration.max ?? min))
        }
    }

    static func == (a: DurationTotal, b: DurationTotal) -> Bool {
        a.unreadable == b.unreadable && a.sums.count == b.sums.count
            && a.sums.allSatisfy { key, value in b.sums[key].map { $0 == value } ?? false }
    }

    /// "8–13 hari kerja + 60 menit", "none" when no step has a duration.
    var text: String {
        var parts = sums.keys.sorted().compactMap { bucket in
            sums[bucket].map { "\(DurationText.range(min: $0.min, max: $0.max)) \(DurationText.unitName(bucket.unit, workingDays: bucket.workingDays))" }
        }
        if unreadable > 0 { parts.append("\(unreadable) unreadable") }
        return parts.isEmpty ? "none" : parts.joined(separator: " + ")
    }
}
