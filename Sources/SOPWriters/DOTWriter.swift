import SOPModel

/// Graphviz swimlanes: per procedure one cluster per actor in column order (plus a dashed lane for
/// steps whose actor is unresolved), steps as boxes in their lane, one row per step, a start and an
/// end capsule, decisions as diamonds with Ya/Tidak edges, back edges dashed. Rows come from an
/// invisible chain through every lane (each lane has a node in every row) beside a numbered spine,
/// not from rank=same + newrank: with those, dot 2.43 reorders the clusters.
public struct DOTWriter: Writer {
    public init() {}

    public var fileExtension: String { "dot" }

    /// Label width in points at the node font size.
    private let labelWidth = 170.0
    private let fontSize = 9.0

    public func write(_ document: Document) throws -> String {
        var out: [String] = []
        out.append("digraph sop {")
        out.append("  graph [rankdir=TB, compound=true, nodesep=0.25, ranksep=0.3, fontname=\"DejaVu Sans\", fontsize=12, labelloc=t, label=\(quoted(title(of: document)))];")
        out.append("  node [fontname=\"DejaVu Sans\", fontsize=\(Int(fontSize)), shape=box, style=filled, fillcolor=white, margin=\"0.1,0.05\"];")
        out.append("  edge [fontname=\"DejaVu Sans\", fontsize=8, arrowsize=0.7];")
        for (index, procedure) in document.procedures.enumerated() {
            out += procedureGraph(procedure, prefix: "p\(index + 1)")
        }
        if document.procedures.isEmpty {
            out.append("  empty [shape=plaintext, label=\"Dokumen ini tidak memuat tabel prosedur.\"];")
        }
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }

    private func title(of document: Document) -> String {
        document.displayTitle
    }

    private func procedureGraph(_ procedure: Procedure, prefix p: String) -> [String] {
        let steps = procedure.steps
        guard !steps.isEmpty else { return [] }
        let lanes = SwimlaneAssignment(procedure)
        let flow = FlowBranches(procedure)
        let rows = steps.count + 2
        var out: [String] = []
        out.append("  \(p)_root [shape=point, style=invis, width=0.01, ordering=out];")

        // The spine: the step numbers down the left, one row per step.
        var spine = ["\(p)_r0 [shape=plaintext, label=\"\"]"]
        for (index, step) in steps.enumerated() { spine.append("\(p)_r\(index + 1) [shape=plaintext, label=\(quoted("\(step.number)"))]") }
        spine.append("\(p)_r\(rows - 1) [shape=plaintext, label=\"\"]")
        out += spine.map { "  " + $0 + ";" }
        out.append("  " + (0..<rows).map { "\(p)_r\($0)" }.joined(separator: " -> ") + " [style=invis];")

        // One cluster per lane holding a node in every row: the step, the capsule or an invisible point.
        for (laneIndex, lane) in lanes.lanes.enumerated() {
            let unresolved = lane.actor == nil
            let name = lane.actor?.name ?? "Pelaksana belum ditentukan"
            let title = TextWrapper.lines(name, width: labelWidth, fontSize: 11).map(escaped).joined(separator: "\\n")
            out.append("  subgraph cluster_\(p)_lane\(laneIndex) {")
            out.append("    label=\"\(title)\"; style=\(unresolved ? "dashed" : "solid"); color=\(unresolved ? "red" : "gray40"); fontcolor=\(unresolved ? "red" : "black");")
            let mine = Set(lane.steps)
            var column: [String] = []
            for row in 0..<rows {
                let id: String
                if row == 0 && mine.contains(0) {
                    id = "\(p)_start"
                    out.append("    \(id) [shape=box, style=\"rounded,filled\", fillcolor=\"#e8f0fe\", label=\"Mulai\"];")
                } else if row == rows - 1 && mine.contains(steps.count - 1) {
                    id = "\(p)_end"
                    out.append("    \(id) [shape=box, style=\"rounded,filled\", fillcolor=\"#e8f0fe\", label=\"Selesai\"];")
                } else if row > 0, row < rows - 1, mine.contains(row - 1) {
                    id = "\(p)_s\(row - 1)"
                    out.append("    " + node(steps[row - 1], id: id, procedure: procedure, unresolved: unresolved))
                } else {
                    id = "\(p)_l\(laneIndex)_\(row)"
                    out.append("    \(id) [shape=point, style=invis, width=0.01];")
                }
                column.append(id)
            }
            out.append("    " + column.joined(separator: " -> ") + " [style=invis];")
            out.append("  }")
        }
        // Column order: the root's out-edges in order (ordering=out). Flow edges do not rank
        // (constraint=false), so crossing minimisation cannot reorder the lanes to suit them.
        let tops = ["\(p)_r0"] + lanes.lanes.indices.map { lane in
            lanes.lanes[lane].steps.contains(0) ? "\(p)_start" : "\(p)_l\(lane)_0"
        }
        for top in tops { out.append("  \(p)_root -> \(top) [style=invis];") }

        out.append("  \(p)_start -> \(p)_s0 [constraint=false];")
        for edge in flow.sequence {
            out.append("  \(p)_s\(edge.from) -> \(p)_s\(edge.to)\(attributes(label: edge.label, back: false));")
        }
        for edge in flow.jumps {
            out.append("  \(p)_s\(edge.from) -> \(p)_s\(edge.to)\(attributes(label: edge.label, back: edge.to < edge.from));")
        }
        out.append("  \(p)_s\(steps.count - 1) -> \(p)_end [constraint=false];")
        return out
    }

    private func node(_ step: Step, id: String, procedure: Procedure, unresolved: Bool) -> String {
        var text = "\(step.number). \(step.activity)"
        let others = step.actors.dropFirst().compactMap { id in procedure.actors.first { $0.id == id }?.name }
        if !others.isEmpty { text += " (bersama \(others.joined(separator: ", ")))" }
        let isDecision = step.decision != nil
        // A diamond holding a long text grows huge: its label keeps the first lines, the tooltip all.
        let lines = isDecision
            ? TextWrapper.lines(text, width: labelWidth * 0.75, fontSize: fontSize, maxLines: 4)
            : TextWrapper.lines(text, width: labelWidth, fontSize: fontSize)
        var attributes = ["label=\"\(lines.map(escaped).joined(separator: "\\n"))\""]
        if isDecision { attributes.append("shape=diamond, margin=0.02, fillcolor=\"#fff8e1\", tooltip=\(quoted(text))") }
        if unresolved { attributes.append("style=\"dashed,filled\", color=red") }
        return "\(id) [\(attributes.joined(separator: ", "))];"
    }

    private func attributes(label: String?, back: Bool) -> String {
        var parts = ["constraint=false"]
        if let label { parts.append("label=\(quoted(" \(label) "))") }
        if back { parts.append("style=dashed") }
        return " [\(parts.joined(separator: ", "))]"
    }

    private func quoted(_ text: String) -> String { "\"\(escaped(text))\"" }

    /// Text inside a DOT double-quoted string: backslashes and quotes escaped, line breaks as spaces.
    private func escaped(_ text: String) -> String {
        if !Self.specialBytes.containsAny(of: text) { return text }
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r", "\t": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// The UTF-8 bytes `escaped` escapes or replaces; text without them passes unchanged.
    private static let specialBytes = ByteSet { "\\\"\n\r\t".utf8.contains($0) }
}
