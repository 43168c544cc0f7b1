import SOPModel

/// Step numbers count up by one from 1. Same code and message as the reader's `step-number-gap`.
struct StepNumberGapRule: Rule {
    let code = "step-number-gap"
    let severity = Diagnostic.Severity.error
    let summary = "step numbers skip (10 → 13), or the first step is not 1"

    static func message(from previous: Int, to next: Int) -> String { "steps jump from \(previous) to \(next)" }

    func check(_ document: Document) -> [Diagnostic] {
        document.procedures.flatMap { procedure in
            zip([0] + procedure.steps.map { $0.number }, procedure.steps).compactMap { previous, step in
                step.number > previous + 1 ? finding(Self.message(from: previous, to: step.number), line: step.line) : nil
            }
        }
    }
}
