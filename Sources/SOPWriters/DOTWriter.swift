import SOPModel

/// Graphviz swimlanes: per procedure one cluster per actor in column order (plus a dashed lane for
/// steps whose actor is unresolved), steps as boxes in their lane, one rank row per step (newrank,
/// rank=same with a numbered spine), a start and an end capsule, decisions as diamonds with Ya/Tidak
/// edges, back edges included.
public struct DOTWriter: Writer {
    public init() {}

    public var fileExtension: String { "dot" }

    /// Label width in points at the node font size.
    private let labelWidth = 170.0
    private let fontSize = 9.0

    public func write(_ document: Document) throws -> String {
        var out: [String] = []
        out.append("digraph sop {")
        out.append("  graph [newrank=true, rankdir=TB, compound=true, nodesep=0.25, ranksep=0.3, fontname=\"DejaVu Sans\", fontsize=12, labelloc=t, label=\(quoted(title(of: document)))];")
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
        document.metadata.title ?? document.procedures.first?.title ?? "SOP tanpa judul"
    }

    private func procedureGraph(_ procedure: Procedure, prefix p: String) -> [String] {
        let steps = procedure.steps
        guard !steps.isEmpty else { return [] }
        let lanes = SwimlaneAssignment(procedure)
        let flow = FlowBranches(procedure)
        var out: [String] = []
        out.append("  subgraph cluster_\(p) {")
        out.append("    label=\(quoted(procedure.title ?? "Prosedur")); style=invis;")

        // The spine: one plaintext row label per step, chained invisibly so the rows keep step order.
        let rows = ["\(p)_r0"] + steps.indices.map { "\(p)_r\($0 + 1)" } + ["\(p)_rend"]
        out.append("    \(rows[0]) [shape=plaintext, label=\"\", width=0.3];")
        for (index, step) in steps.enumerated() {
            out.append("    \(rows[index + 1]) [shape=plaintext, label=\(quoted("\(step.number)"))];")
        }
        out.append("    \(rows[rows.count - 1]) [shape=plaintext, label=\"\", width=0.3];")
        out.append("    " + rows.joined(separator: " -> ") + " [style=invis, weight=100];")

        for (laneIndex, lane) in lanes.lanes.enumerated() {
            let unresolved = lane.actor == nil
            out.append("    subgraph cluster_\(p)_lane\(laneIndex) {")
            let name = lane.actor?.name ?? "Pelaksana belum ditentukan"
            let wrapped = TextWrapper.lines(name, width: labelWidth, fontSize: 11).map(escaped).joined(separator: "\\n")
            out.append("      label=\"\(wrapped)\"; style=\(unresolved ? "dashed" : "solid"); color=\(unresolved ? "red" : "gray40"); fontcolor=\(unresolved ? "red" : "black");")
            out.append("      \(p)_top\(laneIndex) [shape=point, style=invis, width=0.01];")
            out.append("      \(p)_bottom\(laneIndex) [shape=point, style=invis, width=0.01];")
            if lane.steps.contains(0) {
                out.append("      \(p)_start [shape=box, style=\"rounded,filled\", fillcolor=\"#e8f0fe\", label=\"Mulai\"];")
            }
            for stepIndex in lane.steps {
                out.append("      " + node(steps[stepIndex], id: "\(p)_s\(stepIndex)", procedure: procedure, unresolved: unresolved))
            }
            if lane.steps.contains(steps.count - 1) {
                out.append("      \(p)_end [shape=box, style=\"rounded,filled\", fillcolor=\"#e8f0fe\", label=\"Selesai\"];")
            }
            out.append("      \(p)_top\(laneIndex) -> \(p)_bottom\(laneIndex) [style=invis];")
            out.append("    }")
        }

        // Rows: the lane anchors in the first and last row keep the lanes in column order and full height.
        let tops = lanes.lanes.indices.map { "\(p)_top\($0)" }
        let bottoms = lanes.lanes.indices.map { "\(p)_bottom\($0)" }
        out.append("    { rank=same; \(([rows[0], "\(p)_start"] + tops).joined(separator: "; ")); }")
        out.append("    " + ([rows[0]] + tops).joined(separator: " -> ") + " [style=invis];")
        for index in steps.indices {
            out.append("    { rank=same; \(rows[index + 1]); \(p)_s\(index); }")
        }
        out.append("    { rank=same; \(([rows[rows.count - 1], "\(p)_end"] + bottoms).joined(separator: "; ")); }")
        out.append("    " + ([rows[rows.count - 1]] + bottoms).joined(separator: " -> ") + " [style=invis];")

        out.append("    \(p)_start -> \(p)_s0;")
        for edge in flow.sequence {
            out.append("    \(p)_s\(edge.from) -> \(p)_s\(edge.to)\(attributes(label: edge.label, back: false));")
        }
        for edge in flow.jumps {
            out.append("    \(p)_s\(edge.from) -> \(p)_s\(edge.to)\(attributes(label: edge.label, back: edge.to < edge.from));")
        }
        out.append("    \(p)_s\(steps.count - 1) -> \(p)_end;")
        out.append("  }")
        return out
    }

    private func node(_ step: Step, id: String, procedure: Procedure, unresolved: Bool) -> String {
        var text = "\(step.number). \(step.activity)"
        let others = step.actors.dropFirst().compactMap { id in procedure.actors.first { $0.id == id }?.name }
        if !others.isEmpty { text += " (bersama \(others.joined(separator: ", ")))" }
        let isDecision = step.decision != nil
        let width = isDecision ? labelWidth * 0.8 : labelWidth
        let label = TextWrapper.lines(text, width: width, fontSize: fontSize).map(escaped).joined(separator: "\\n")
        var attributes = ["label=\"\(label)\""]
        if isDecision { attributes.append("shape=diamond, margin=0.02, fillcolor=\"#fff8e1\"") }
        if unresolved { attributes.append("style=\"dashed,filled\", color=red") }
        return "\(id) [\(attributes.joined(separator: ", "))];"
    }

    private func attributes(label: String?, back: Bool) -> String {
        var parts: [String] = []
        if let label { parts.append("label=\(quoted(" \(label) "))") }
        if back { parts.append("constraint=false, style=dashed") }
        return parts.isEmpty ? "" : " [\(parts.joined(separator: ", "))]"
    }

    private func quoted(_ text: String) -> String { "\"\(escaped(text))\"" }

    /// Text inside a DOT double-quoted string: backslashes and quotes escaped, line breaks as spaces.
    private func escaped(_ text: String) -> String {
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
}
