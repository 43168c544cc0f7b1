import SOPModel

/// The largest procedure `sopc diff` aligns. Step alignment compares every old step with every new
/// one and solves an assignment over them, which grows faster than the square of the step count; a
/// real SOP has tens of steps, so a procedure beyond this limit is refused with one line instead of
/// a run that seems to hang.
enum DiffSizeLimit {
    static let maximumSteps = 1000

    static func check(_ document: Document, file: String) throws(CommandFailure) {
        for (index, procedure) in document.procedures.enumerated() where procedure.steps.count > maximumSteps {
            throw CommandFailure(code: .badInput, message: "\(file): procedure \(index + 1) has \(procedure.steps.count) steps; "
                                 + "sopc diff aligns at most \(maximumSteps) steps per procedure")
        }
    }
}
