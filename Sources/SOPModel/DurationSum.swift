/// How long a procedure takes: the durations of its main path (`Procedure.mainPath`) summed per kind
/// of unit. Minutes and hours add up together (as minutes); working days (Hari Kerja) stay apart from
/// calendar days; weeks, months and years each stay alone, because an SOP's units do not convert
/// reliably. validate's `procedure-duration` note and diff's procedure totals both report this sum.
public struct DurationSum: Equatable, Sendable {
    /// A kind of unit the sum keeps apart, largest first.
    public enum Bucket: Int, CaseIterable, Sendable {
        case year, month, week, workingDay, day, minute
    }

    /// A min–max sum in one bucket.
    public struct Span: Equatable, Sendable {
        public var min: Double = 0
        public var max: Double = 0
    }

    /// The non-empty buckets, largest unit first.
    public private(set) var parts: [(bucket: Bucket, span: Span)] = []
    /// Steps without a usable duration (none, or no number or unit).
    public private(set) var unknown = 0
    /// Steps whose duration is per item ("per OPD"), counted once.
    public private(set) var perItem = 0

    public init<S: Sequence>(_ steps: S) where S.Element == Step {
        var spans: [Bucket: Span] = [:]
        for step in steps {
            guard let duration = step.duration, let unit = duration.unit, let low = duration.min ?? duration.max else {
                unknown += 1
                continue
            }
            let (bucket, factor) = Self.bucket(unit, workingDays: duration.workingDays)
            spans[bucket, default: Span()].min += low * factor
            spans[bucket, default: Span()].max += (duration.max ?? low) * factor
            if duration.per != nil { perItem += 1 }
        }
        parts = Bucket.allCases.compactMap { bucket in spans[bucket].map { (bucket, $0) } }
    }

    public var isEmpty: Bool { parts.isEmpty }

    public static func == (a: DurationSum, b: DurationSum) -> Bool {
        a.unknown == b.unknown && a.perItem == b.perItem && a.parts.elementsEqual(b.parts) { $0.bucket == $1.bucket && $0.span == $1.span }
    }

    private static func bucket(_ unit: Duration.Unit, workingDays: Bool) -> (Bucket, Double) {
        switch unit {
        case .minute: (.minute, 1)
        case .hour: (.minute, 60)
        case .day: (workingDays ? .workingDay : .day, 1)
        case .week: (.week, 1)
        case .month: (.month, 1)
        case .year: (.year, 1)
        }
    }
}

extension Procedure {
    /// The steps from the first one, following each decision's yes-branch (otherwise the next row),
    /// until the end or a step already passed.
    public var mainPath: [Step] {
        var indexOfNumber: [Int: Int] = [:]
        for (index, step) in steps.enumerated() where indexOfNumber[step.number] == nil { indexOfNumber[step.number] = index }
        var visited: Set<Int> = []
        var path: [Step] = []
        var index = 0
        while steps.indices.contains(index), !visited.contains(index) {
            visited.insert(index)
            let step = steps[index]
            path.append(step)
            index = step.decision?.yes.flatMap { indexOfNumber[$0] } ?? index + 1
        }
        return path
    }
}
