import SOPModel

/// Decision branches lead to steps of the same procedure.
struct DecisionTargetOutsideRule: Rule {
    let code = "decision-target-outside"
    let severity = Diagnostic.Severity.error
    let summary = "a decision branch leads to a step number the procedure does not have"

    static func message(_ number: Int, branch: String, target: Int) -> String {
        "decision at step \(number): \(branch) branch goes to step \(target), which the procedure does not have"
    }

    func check(_ document: Document) -> [Diagnostic] {
        document.procedures.flatMap { procedure in
            let numbers = Set(procedure.steps.map { $0.number })
            return procedure.steps.flatMap { step -> [Diagnostic] in
                guard let decision = step.decision else { return [] }
                return [("yes", decision.yes), ("no", decision.no)].compactMap { branch, target in
                    guard let target, !numbers.contains(target) else { return nil }
                    return finding(Self.message(step.number, branch: branch, target: target), line: step.line)
                }
            }
        }
    }
}
