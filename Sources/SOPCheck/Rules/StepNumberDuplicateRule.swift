import SOPModel

/// A step number is never repeated or lower than the one before. Same code and message as the
/// reader's `step-number-duplicate`.
struct StepNumberDuplicateRule: Rule {
    let code = "step-number-duplicate"
    let severity = Diagnostic.Severity.error
    let summary = "a step number repeats or goes back (5, 5 or 7, 6)"

    static func message(_ number: Int, after previous: Int) -> String { "step \(number) follows step \(previous)" }

    func check(_ document: Document) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for procedure in document.procedures {
            let steps = procedure.steps
            for index in steps.indices.dropFirst() where steps[index].number <= steps[index - 1].number {   // by index: no copy of each step
                found.append(finding(Self.message(steps[index].number, after: steps[index - 1].number), line: steps[index].line))
            }
        }
        return found
    }
}
