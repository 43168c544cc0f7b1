import SOPModel

/// A decision (diamond) says where both branches go; a missing no-branch leaves the flow undefined.
struct DecisionMissingNoRule: Rule {
    let code = "decision-missing-no"
    let severity = Diagnostic.Severity.warning
    let summary = "a decision step that does not say where its no-branch (Tidak) goes"

    static func message(_ number: Int) -> String { "decision at step \(number) has no no-branch (Tidak)" }

    func check(_ document: Document) -> [Diagnostic] {
        findings(atStepsWhere: { $0.decision != nil && $0.decision?.no == nil }, in: document, Self.message)
    }
}
