import SOPModel

/// One lint rule: a stable kebab-case code, the severity of its findings, a one-line summary (for
/// `sopc validate --list-rules` and README) and the check itself, which reads only the model.
public protocol Rule: Sendable {
    var code: String { get }
    var severity: Diagnostic.Severity { get }
    var summary: String { get }
    func check(_ document: Document) -> [Diagnostic]
}

extension Rule {
    /// A finding of this rule at a source line (nil when the model does not know the line).
    func finding(_ message: String, line: Int?) -> Diagnostic {
        Diagnostic(severity, code, message, at: line.map { SourceLocation(line: $0) })
    }

    /// A finding at every step, of every procedure, that `isFlawed` picks, with `message` of its number.
    func findings(atStepsWhere isFlawed: (Step) -> Bool, in document: Document, _ message: (Int) -> String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for procedure in document.procedures {
            let steps = procedure.steps
            for index in steps.indices where isFlawed(steps[index]) {   // by index: no copy of each step
                found.append(finding(message(steps[index].number), line: steps[index].line))
            }
        }
        return found
    }
}

/// Every lint rule, in the order README lists them.
public enum RuleCatalog {
    public static let all: [any Rule] = [
        MissingIdentityFieldRule(),
        DateOrderRule(),
        InvalidDateRule(),
        NIPLengthRule(),
        NIPDateRule(),
        LegalBasisIncompleteRule(),
        LegalBasisDuplicateRule(),
        LegalBasisAmendmentConflictRule(),
        StepNumberGapRule(),
        StepNumberDuplicateRule(),
        StepMissingActorRule(),
        StepMissingDurationRule(),
        StepMissingOutputRule(),
        DecisionMissingNoRule(),
        DecisionTargetOutsideRule(),
        InputChainBreakRule(),
        ActorUnusedRule(),
        ActivityNamesActorRule(),
        ProcedureTitleDuplicateRule(),
        ProcedureDurationRule(),
    ]
}
