import SOPModel

/// A procedure's swimlanes and branches, worked out once per document (`DocumentRendering.flows`)
/// for both the DOT graph and the flowchart.
struct ProcedureFlow {
    let lanes: SwimlaneAssignment
    let branches: FlowBranches

    init(_ procedure: Procedure) {
        lanes = SwimlaneAssignment(procedure)
        branches = FlowBranches(procedure)
    }
}
