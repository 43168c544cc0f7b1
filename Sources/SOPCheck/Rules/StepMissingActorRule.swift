import SOPModel

/// Every step is performed by someone: a Pelaksana column it is marked in, or one it names.
struct StepMissingActorRule: Rule {
    let code = "step-missing-actor"
    let severity = Diagnostic.Severity.warning
    let summary = "a step whose actor (Pelaksana) cannot be determined"

    static func message(_ number: Int) -> String { "step \(number) has no actor" }

    func check(_ document: Document) -> [Diagnostic] {
        findings(atStepsWhere: { $0.actors.isEmpty }, in: document, Self.message)
    }
}
