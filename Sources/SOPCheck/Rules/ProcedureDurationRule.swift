import SOPModel

/// Reports how long a procedure takes: its `DurationSum` along the main path, in words. A "per OPD"
/// duration is counted once, and the message says so.
struct ProcedureDurationRule: Rule {
    let code = "procedure-duration"
    let severity = Diagnostic.Severity.note
    let summary = "total duration of each procedure along its main path (hari kerja kept separate)"

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
            let path = procedure.mainPath
            let sum = DurationSum(path)
            guard !sum.isEmpty else { return nil }
            let total = sum.parts.map { Self.show($0.span, $0.bucket) }.joined(separator: " + ")
            return finding(Self.message(title: procedure.title, steps: path.count, total: total, unknown: sum.unknown,
                                        perItem: sum.perItem),
                           line: procedure.line)
        }
    }

    /// "2–3 days", "1 working day", "5 hours 40 minutes".
    private static func show(_ span: DurationSum.Span, _ bucket: DurationSum.Bucket) -> String {
        if bucket == .minute {
            return span.min == span.max ? clock(span.min) : "\(clock(span.min))–\(clock(span.max))"
        }
        let range = span.min == span.max ? number(span.min) : "\(number(span.min))–\(number(span.max))"
        return "\(range) \(name(bucket))" + (span.max == 1 ? "" : "s")
    }

    private static func name(_ bucket: DurationSum.Bucket) -> String {
        switch bucket {
        case .year: "year"
        case .month: "month"
        case .week: "week"
        case .workingDay: "working day"
        case .day: "day"
        case .minute: "minute"
        }
    }

    private static func clock(_ minutes: Double) -> String {
        let hours = (minutes / 60).rounded(.down)
        let rest = minutes - hours * 60
        let parts = [hours > 0 ? "\(number(hours)) hour" + (hours == 1 ? "" : "s") : nil,
                     rest > 0 || hours == 0 ? "\(number(rest)) minute" + (rest == 1 ? "" : "s") : nil]
        return parts.compactMap { $0 }.joined(separator: " ")
    }

    private static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String((value * 10).rounded() / 10)
    }
}
