/// Names the arrows of one procedure that cross a page boundary (A, B, … continuing across the
/// document), so the pentagon where the flow leaves a page and the one where it arrives match.
struct OffPageConnectorPlan {
    /// Letter of `layout.flow.sequence[i]` when it crosses pages.
    private(set) var sequence: [Int: String] = [:]
    /// Letter of `layout.flow.jumps[i]` when it crosses pages.
    private(set) var jumps: [Int: String] = [:]

    /// `next` is the document-wide connector counter; it advances by the letters used here.
    init(_ layout: FlowchartLayout, next: inout Int) {
        let pageOfStep = Self.pageOfStep(layout)
        func crosses(_ edge: FlowBranches.Edge) -> Bool {
            guard pageOfStep.indices.contains(edge.from), pageOfStep.indices.contains(edge.to) else { return false }
            return pageOfStep[edge.from] != pageOfStep[edge.to]
        }
        for (index, edge) in layout.flow.sequence.enumerated() where crosses(edge) {
            sequence[index] = ConnectorLetters.name(next)
            next += 1
        }
        for (index, edge) in layout.flow.jumps.enumerated() where crosses(edge) {
            jumps[index] = ConnectorLetters.name(next)
            next += 1
        }
    }

    /// For each step index, the index of its page.
    static func pageOfStep(_ layout: FlowchartLayout) -> [Int] {
        var result = [Int](repeating: 0, count: layout.rows.count)
        for (page, range) in layout.pages.enumerated() {
            for step in range where result.indices.contains(step) { result[step] = page }
        }
        return result
    }
}
