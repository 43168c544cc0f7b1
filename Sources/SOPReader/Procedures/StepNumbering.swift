import SOPModel

/// Settles step numbers: unnumbered rows get previous + 1; gaps and repeats are kept as printed and
/// reported.
enum StepNumbering {
    static func number(_ printed: [Int?], lines: [Int], diagnostics: inout [Diagnostic]) -> [Int] {
        var out: [Int] = []
        var previous = 0
        for (index, value) in printed.enumerated() {
            let location = SourceLocation(line: lines[safe: index] ?? 0)
            guard let value else {
                previous += 1
                out.append(previous)
                diagnostics.append(Diagnostic(.note, "step-unnumbered", "row has no step number; numbered \(previous)", at: location))
                continue
            }
            if value > previous + 1, !out.isEmpty || value > 1 {
                diagnostics.append(Diagnostic(.warning, "step-number-gap", "steps jump from \(previous) to \(value)", at: location))
            } else if value <= previous {
                diagnostics.append(Diagnostic(.warning, "step-number-duplicate", "step \(value) follows step \(previous)", at: location))
            }
            out.append(value)
            previous = value
        }
        return out
    }
}
