import SOPModel

/// Durations in words: "2–3 hari kerja", and the change "2 → 3 hari kerja (+1)".
enum DurationText {
    static func unitName(_ unit: Duration.Unit, workingDays: Bool) -> String {
        switch unit {
        case .minute: "menit"
        case .hour: "jam"
        case .day: workingDays ? "hari kerja" : "hari"
        case .week: "minggu"
        case .month: "bulan"
        case .year: "tahun"
        }
    }

    static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(format: "%g", value)
    }

    static func range(min: Double, max: Double) -> String {
        min == max ? number(min) : "\(number(min))–\(number(max))"
    }

    /// A procedure's total in words: "8–13 hari kerja + 1 jam 30 menit + 1 without duration",
    /// "none" when no step has a usable duration.
    static func total(_ sum: DurationSum) -> String {
        var parts = sum.parts.map { part -> String in
            if part.bucket == .minute {
                return part.span.min == part.span.max ? clock(part.span.min) : "\(clock(part.span.min))–\(clock(part.span.max))"
            }
            return "\(range(min: part.span.min, max: part.span.max)) \(bucketName(part.bucket))"
        }
        if sum.unknown > 0 && !parts.isEmpty { parts.append("\(sum.unknown) without duration") }
        return parts.isEmpty ? "none" : parts.joined(separator: " + ")
    }

    private static func bucketName(_ bucket: DurationSum.Bucket) -> String {
        switch bucket {
        case .year: "tahun"
        case .month: "bulan"
        case .week: "minggu"
        case .workingDay: "hari kerja"
        case .day: "hari"
        case .minute: "menit"
        }
    }

    /// Minutes as "1 jam 30 menit", "45 menit", "2 jam".
    private static func clock(_ minutes: Double) -> String {
        let hours = (minutes / 60).rounded(.down)
        let rest = minutes - hours * 60
        let parts = [hours > 0 ? "\(number(hours)) jam" : nil, rest > 0 || hours == 0 ? "\(number(rest)) menit" : nil]
        return parts.compactMap { $0 }.joined(separator: " ")
    }

    static func signed(_ value: Double) -> String {
        value >= 0 ? "+" + number(value) : "−" + number(-value)
    }

    /// Both durations measured in the same unit, so a delta can be given.
    private static func comparable(_ a: Duration, _ b: Duration) -> (Double, Double, Double, Double, Duration.Unit)? {
        guard let unit = a.unit, unit == b.unit, a.workingDays == b.workingDays, a.per == b.per,
              let aMin = a.min, let bMin = b.min else { return nil }
        return (aMin, a.max ?? aMin, bMin, b.max ?? bMin, unit)
    }

    static func change(from old: Duration?, to new: Duration?) -> String {
        guard let old else { return "none → \(new?.text ?? "none")" }
        guard let new else { return "\(old.text) → none" }
        guard let (oldMin, oldMax, newMin, newMax, unit) = comparable(old, new) else { return "\(old.text) → \(new.text)" }
        var text = "\(range(min: oldMin, max: oldMax)) → \(range(min: newMin, max: newMax)) \(unitName(unit, workingDays: new.workingDays))"
        if let per = new.per { text += " per \(per)" }
        let minDelta = newMin - oldMin, maxDelta = newMax - oldMax
        if minDelta == maxDelta {
            if minDelta != 0 { text += " (\(signed(minDelta)))" }
        } else {
            text += " (min \(signed(minDelta)), max \(signed(maxDelta)))"
        }
        return text
    }

    /// True when the two say the same: the same numbers in the same unit (wording aside), or the
    /// same words where neither could be read as numbers.
    static func same(_ a: Duration?, _ b: Duration?, ignoreCase: Bool) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        if let (aMin, aMax, bMin, bMax, _) = comparable(a, b) {
            return aMin == bMin && aMax == bMax
        }
        return a.unit == nil && b.unit == nil && TextKey.same(a.text, b.text, ignoreCase: ignoreCase)
    }
}
