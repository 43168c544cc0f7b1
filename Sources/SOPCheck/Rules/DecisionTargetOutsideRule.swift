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
        var found: [Diagnostic] = []
        for procedure in document.procedures {
            let steps = procedure.steps
            var numbers: Set<Int>?   // made at the first decision
            for index in steps.indices {   // by index: no copy of each step
                guard let decision = steps[index].decision else { continue }
                if numbers == nil { numbers = Set(steps.map { $0.number }) }
                for (branch, target) in [("yes", decision.yes), ("no", decision.no)] {
                    guard let target, numbers?.contains(target) == false else { continue }
                    found.append(finding(Self.message(steps[index].number, branch: branch, target: target), line: steps[index].line))
                }
            }
        }
        return found
    }
}
