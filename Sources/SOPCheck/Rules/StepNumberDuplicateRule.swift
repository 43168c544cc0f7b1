import SOPModel

/// A step number is never repeated or lower than the one before. Same code and message as the
/// reader's `step-number-duplicate`.
struct StepNumberDuplicateRule: Rule {
    let code = "step-number-duplicate"
    let severity = Diagnostic.Severity.error
    let summary = "a step number repeats or goes back (5, 5 or 7, 6)"

    static func message(_ number: Int, after previous: Int) -> String { "step \(number) follows step \(previous)" }

    func check(_ document: Document) -> [Diagnostic] {
        document.procedures.flatMap { procedure in
            zip(procedure.steps, procedure.steps.dropFirst()).compactMap { previous, step in
                step.number <= previous.number ? finding(Self.message(step.number, after: previous.number), line: step.line) : nil
            }
        }
    }
}
