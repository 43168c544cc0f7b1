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
        var spans = Spans()
        for step in steps { spans.add(step.duration) }
        self.init(spans)
    }

    /// The sum along a main path, reading each step's duration in place.
    public init(_ path: MainPath) {
        var spans = Spans()
        for position in path.positions { spans.add(path.steps[position].duration) }
        self.init(spans)
    }

    private init(_ spans: Spans) {
        unknown = spans.unknown
        perItem = spans.perItem
        parts = Bucket.allCases.compactMap { bucket in spans.byBucket[bucket.rawValue].map { (bucket, $0) } }
    }

    /// The running sums, one slot per bucket (by `rawValue`).
    private struct Spans {
        var byBucket = [Span?](repeating: nil, count: Bucket.allCases.count)
        var unknown = 0
        var perItem = 0

        mutating func add(_ duration: Duration?) {
            guard let duration, let unit = duration.unit, let low = duration.min ?? duration.max else {
                unknown += 1
                return
            }
            let (bucket, factor) = DurationSum.bucket(unit, workingDays: duration.workingDays)
            var span = byBucket[bucket.rawValue] ?? Span()
            span.min += low * factor
            span.max += (duration.max ?? low) * factor
            byBucket[bucket.rawValue] = span
            if duration.per != nil { perItem += 1 }
        }
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

/// The steps of a procedure's main path, in path order, as positions in its `steps`.
public struct MainPath: RandomAccessCollection, Sendable {
    /// All steps of the procedure.
    public let steps: [Step]
    /// The positions in `steps` of the path's steps, in path order.
    public let positions: [Int]

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }
    public subscript(index: Int) -> Step { steps[positions[index]] }
}

extension Procedure {
    /// The steps from the first one, following each decision's yes-branch (otherwise the next row),
    /// until the end or a step already passed.
    public var mainPath: MainPath {
        let count = steps.count
        let positions = StepPositions(steps)
        var visited = [Bool](repeating: false, count: count)
        var path: [Int] = []
        var index = 0
        while index >= 0, index < count, !visited[index] {
            visited[index] = true
            path.append(index)
            index = steps[index].decision?.yes.flatMap(positions.position(ofNumber:)) ?? index + 1
        }
        return MainPath(steps: steps, positions: path)
    }
}
