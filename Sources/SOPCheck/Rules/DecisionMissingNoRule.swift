import SOPModel

/// A decision (diamond) says where both branches go; a missing no-branch leaves the flow undefined.
struct DecisionMissingNoRule: Rule {
    let code = "decision-missing-no"
    let severity = Diagnostic.Severity.warning
    let summary = "a decision step that does not say where its no-branch (Tidak) goes"

    static func message(_ number: Int) -> String { "decision at step \(number) has no no-branch (Tidak)" }

    func check(_ document: Document) -> [Diagnostic] {
        document.procedures.flatMap { procedure in
            procedure.steps.filter { $0.decision != nil && $0.decision?.no == nil }.map { finding(Self.message($0.number), line: $0.line) }
        }
    }
}
