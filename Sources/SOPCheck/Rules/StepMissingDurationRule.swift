import SOPModel

/// Mutu Baku gives every step a Waktu (duration).
struct StepMissingDurationRule: Rule {
    let code = "step-missing-duration"
    let severity = Diagnostic.Severity.warning
    let summary = "a step with an empty Waktu (duration) cell"

    static func message(_ number: Int) -> String { "step \(number) has no duration (Waktu)" }

    func check(_ document: Document) -> [Diagnostic] {
        findings(atStepsWhere: { $0.duration == nil }, in: document, Self.message)
    }
}
