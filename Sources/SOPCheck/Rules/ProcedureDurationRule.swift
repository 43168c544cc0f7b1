import SOPModel

/// Reports how long a procedure takes: the durations of the steps along the main path (from the first
/// step, following each decision's yes-branch, otherwise the next row, until the end or a step already
/// passed) summed per unit. Minutes and hours are added together; working days (Hari Kerja) stay apart
/// from calendar days; a "per OPD" duration is counted once.
struct ProcedureDurationRule: Rule {
    let code = "procedure-duration"
    let severity = Diagnostic.Severity.note
    let summary = "total duration of each procedure along its main path (hari kerja kept separate)"

    /// A min–max sum in one unit.
    private struct Span {
        var min: Double = 0
        var max: Double = 0
    }

    private enum Bucket: Int, CaseIterable {
        case year, month, week, workingDay, day, minute

        var name: String {
            switch self {
            case .year: "year"
            case .month: "month"
            case .week: "week"
            case .workingDay: "working day"
            case .day: "day"
            case .minute: "minute"
            }
        }
    }

    static func message(title: String?, steps: Int, total: String, unknown: Int, perItem: Int) -> String {
        var text = "procedure" + (title.map { " \"\($0)\"" } ?? "") + " takes \(total) along its main path of \(steps) steps"
        var caveats: [String] = []
        if unknown > 0 { caveats.append("\(unknown) without a usable duration") }
        if perItem > 0 { caveats.append("\(perItem) counted once although per item") }
        if !caveats.isEmpty { text += " (" + caveats.joined(separator: ", ") + ")" }
        return text
    }

    func check(_ document: Document) -> [Diagnostic] {
        document.procedures.compactMap { procedure in
            let path = Self.mainPath(procedure.steps)
            var sums: [Bucket: Span] = [:]
            var unknown = 0
            var perItem = 0
            for step in path {
                guard let duration = step.duration, let unit = duration.unit, let low = duration.min ?? duration.max else {
                    unknown += 1
                    continue
                }
                let high = duration.max ?? low
                let (bucket, factor) = Self.bucket(unit, workingDays: duration.workingDays)
                sums[bucket, default: Span()].min += low * factor
                sums[bucket, default: Span()].max += high * factor
                if duration.per != nil { perItem += 1 }
            }
            guard !sums.isEmpty else { return nil }
            let total = Bucket.allCases.compactMap { bucket in sums[bucket].map { Self.show($0, bucket) } }.joined(separator: " + ")
            return finding(Self.message(title: procedure.title, steps: path.count, total: total, unknown: unknown, perItem: perItem),
                           line: procedure.line)
        }
    }

    /// The steps from the first one, following yes-branches, each visited at most once.
    static func mainPath(_ steps: [Step]) -> [Step] {
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

    /// "2–3 days", "1 working day", "5 hours 40 minutes".
    private static func show(_ span: Span, _ bucket: Bucket) -> String {
        if bucket == .minute {
            return span.min == span.max ? clock(span.min) : "\(clock(span.min))–\(clock(span.max))"
        }
        let range = span.min == span.max ? number(span.min) : "\(number(span.min))–\(number(span.max))"
        return "\(range) \(bucket.name)" + (span.max == 1 ? "" : "s")
    }

    private static func clock(_ minutes: Double) -> String {
        let hours = Int(minutes / 60)
        let rest = minutes - Double(hours) * 60
        let parts = [hours > 0 ? "\(hours) hour" + (hours == 1 ? "" : "s") : nil,
                     rest > 0 || hours == 0 ? "\(number(rest)) minute" + (rest == 1 ? "" : "s") : nil]
        return parts.compactMap { $0 }.joined(separator: " ")
    }

    private static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String((value * 10).rounded() / 10)
    }
}
