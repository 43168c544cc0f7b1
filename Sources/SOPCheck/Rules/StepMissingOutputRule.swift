import SOPModel

/// Mutu Baku gives every step an Output.
struct StepMissingOutputRule: Rule {
    let code = "step-missing-output"
    let severity = Diagnostic.Severity.warning
    let summary = "a step with an empty Output cell"

    static func message(_ number: Int) -> String { "step \(number) has no output" }

    func check(_ document: Document) -> [Diagnostic] {
        findings(atStepsWhere: { $0.outputs.isEmpty }, in: document, Self.message)
    }
}
