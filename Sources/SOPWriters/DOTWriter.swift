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

    public func bytes(_ rendering: DocumentRendering) throws -> [UInt8] {
        let document = rendering.document
        var out = ByteBuffer(capacity: 8192 + document.procedures.reduce(0) { $0 + 512 * $1.steps.count })
        out.append("digraph sop {\n")
        out.append("  graph [rankdir=TB, compound=true, nodesep=0.25, ranksep=0.3, fontname=\"DejaVu Sans\", fontsize=12, labelloc=t, label=")
        appendQuoted(document.displayTitle, to: &out)
        out.append("];\n  node [fontname=\"DejaVu Sans\", fontsize=")
        out.append(decimal: Int(fontSize))
        out.append(", shape=box, style=filled, fillcolor=white, margin=\"0.1,0.05\"];\n")
        out.append("  edge [fontname=\"DejaVu Sans\", fontsize=8, arrowsize=0.7];\n")
        var scratch = LabelScratch()
        for (index, procedure) in document.procedures.enumerated() {
            procedureGraph(procedure, flow: rendering.flows[index], number: index + 1, scratch: &scratch, into: &out)
        }
        if document.procedures.isEmpty {
            out.append("  empty [shape=plaintext, label=\"Dokumen ini tidak memuat tabel prosedur.\"];\n")
        }
        out.append("}\n")
        return out.finish()
    }

    /// The statements of one procedure's graph, each on its own line; node ids start with `p` and the
    /// procedure's `number`.
    private func procedureGraph(_ procedure: Procedure, flow procedureFlow: ProcedureFlow, number: Int, scratch: inout LabelScratch,
                                into out: inout ByteBuffer) {
        let steps = procedure.steps
        guard !steps.isEmpty else { return }
        let lanes = procedureFlow.lanes
        let flow = procedureFlow.branches
        let rows = steps.count + 2
        let ids = NodeIDs(procedure: number)
        out.append("  ")
        ids.prefix(&out)
        out.append("_root [shape=point, style=invis, width=0.01, ordering=out];\n")

        // The spine: the step numbers down the left, one row per step.
        for row in 0..<rows {
            out.append("  ")
            ids.id("_r", row, &out)
            if row > 0 && row < rows - 1 {
                out.append(" [shape=plaintext, label=")
                out.append("\"")
                out.append(decimal: steps[row - 1].number)
                out.append("\"")
                out.append("];\n")
            } else {
                out.append(" [shape=plaintext, label=\"\"];\n")
            }
        }
        out.append("  ")
        for row in 0..<rows {
            if row > 0 { out.append(" -> ") }
            ids.id("_r", row, &out)
        }
        out.append(" [style=invis];\n")

        // One cluster per lane holding a node in every row: the step, the capsule or an invisible point.
        /// The lane each step's symbol sits in (its first actor's).
        let laneOfStep = lanes.stepLanes.map { $0.first ?? -1 }
        /// What lane `lane` holds in `row`.
        func laneNode(_ lane: Int, _ row: Int) -> LaneNode {
            if row == 0 && laneOfStep.first == lane { return .start }
            if row == rows - 1 && laneOfStep.last == lane { return .end }
            if row > 0, row < rows - 1, laneOfStep.indices.contains(row - 1), laneOfStep[row - 1] == lane { return .step(row - 1) }
            return .point
        }
        func nodeID(_ node: LaneNode, lane: Int, row: Int, _ out: inout ByteBuffer) {
            switch node {
            case .start:
                ids.prefix(&out)
                out.append("_start")
            case .end:
                ids.prefix(&out)
                out.append("_end")
            case .step(let step): ids.id("_s", step, &out)
            case .point:
                ids.id("_l", lane, &out)
                out.append(UInt8(ascii: "_"))
                out.append(decimal: row)
            }
        }
        for (laneIndex, lane) in lanes.lanes.enumerated() {
            let unresolved = lane.actor == nil
            let name = lane.actor?.name ?? "Pelaksana belum ditentukan"
            out.append("  subgraph cluster_")
            ids.id("_lane", laneIndex, &out)
            out.append(" {\n    label=\"")
            scratch.lines.keepFirst(0)
            TextWrapper.wrap(name, into: &scratch.lines, width: labelWidth, fontSize: 11)
            appendLines(scratch.lines, to: &out)
            out.append(unresolved ? "\"; style=dashed; color=red; fontcolor=red;\n" : "\"; style=solid; color=gray40; fontcolor=black;\n")
            for row in 0..<rows {
                let kind = laneNode(laneIndex, row)
                out.append("    ")
                nodeID(kind, lane: laneIndex, row: row, &out)
                switch kind {
                case .start: out.append(" [shape=box, style=\"rounded,filled\", fillcolor=\"#e8f0fe\", label=\"Mulai\"];\n")
                case .end: out.append(" [shape=box, style=\"rounded,filled\", fillcolor=\"#e8f0fe\", label=\"Selesai\"];\n")
                case .step(let step): node(step, of: procedure, unresolved: unresolved, scratch: &scratch, into: &out)
                case .point: out.append(" [shape=point, style=invis, width=0.01];\n")
                }
            }
            out.append("    ")
            for row in 0..<rows {
                if row > 0 { out.append(" -> ") }
                nodeID(laneNode(laneIndex, row), lane: laneIndex, row: row, &out)
            }
            out.append(" [style=invis];\n  }\n")
        }
        // Column order: the root's out-edges in order (ordering=out). Flow edges do not rank
        // (constraint=false), so crossing minimisation cannot reorder the lanes to suit them.
        out.append("  ")
        ids.prefix(&out)
        out.append("_root -> ")
        ids.id("_r", 0, &out)
        out.append(" [style=invis];\n")
        for lane in lanes.lanes.indices {
            out.append("  ")
            ids.prefix(&out)
            out.append("_root -> ")
            if laneOfStep.first == lane {
                ids.prefix(&out)
                out.append("_start")
            } else {
                ids.id("_l", lane, &out)
                out.append("_0")
            }
            out.append(" [style=invis];\n")
        }

        out.append("  ")
        ids.prefix(&out)
        out.append("_start -> ")
        ids.id("_s", 0, &out)
        out.append(" [constraint=false];\n")
        /// A flow edge; `back` (a jump to an earlier step) dashed.
        func edge(_ edge: FlowBranches.Edge, back: Bool) {
            out.append("  ")
            ids.id("_s", edge.from, &out)
            out.append(" -> ")
            ids.id("_s", edge.to, &out)
            out.append(" [constraint=false")
            if let label = edge.label {
                out.append(", label=")
                appendQuoted(" \(label) ", to: &out)
            }
            if back { out.append(", style=dashed") }
            out.append("];\n")
        }
        for sequenceEdge in flow.sequence { edge(sequenceEdge, back: false) }
        for jump in flow.jumps { edge(jump, back: jump.to < jump.from) }
        out.append("  ")
        ids.id("_s", steps.count - 1, &out)
        out.append(" -> ")
        ids.prefix(&out)
        out.append("_end [constraint=false];\n")
    }

    /// Writes a procedure's node ids: "p1_root", "p1_r3", "p1_s3", "p1_l0_5".
    private struct NodeIDs {
        /// The procedure's number, from 1.
        let procedure: Int

        /// "p" and the procedure's number: "p1".
        @inline(__always)
        func prefix(_ out: inout ByteBuffer) {
            out.append(UInt8(ascii: "p"))
            out.append(decimal: procedure)
        }

        /// The prefix, `kind` and `index`: "p1_s3".
        @inline(__always)
        func id(_ kind: StaticString, _ index: Int, _ out: inout ByteBuffer) {
            prefix(&out)
            out.append(kind)
            out.append(decimal: index)
        }
    }

    /// What a lane's cluster holds in one row.
    private enum LaneNode {
        /// The first step's capsule, "Mulai".
        case start
        /// The last step's capsule, "Selesai".
        case end
        /// A step's box or diamond.
        case step(Int)
        /// An invisible point that keeps the row.
        case point
    }

    /// Buffers for building node labels, reused from node to node.
    private struct LabelScratch {
        /// The UTF-8 of a step's text: number, activity and other actors (a String is made from it
        /// once; appending to a String piece by piece costs more than the bytes).
        var text: [UInt8] = []
        /// The wrapped lines of a label.
        var lines = WrappedLines()
    }

    /// The node statement of step `index` after its id, and its line feed.
    private func node(_ index: Int, of procedure: Procedure, unresolved: Bool, scratch: inout LabelScratch, into out: inout ByteBuffer) {
        let steps = procedure.steps
        // "3. activity (bersama other, actors)"
        scratch.text.removeAll(keepingCapacity: true)
        scratch.text.append(contentsOf: String(steps[index].number).utf8)
        scratch.text.append(contentsOf: ". ".utf8)
        scratch.text.append(contentsOf: steps[index].activity.utf8)
        var otherCount = 0
        for id in steps[index].actors.dropFirst() {
            guard let other = procedure.actors.first(where: { $0.id == id }) else { continue }
            scratch.text.append(contentsOf: (otherCount == 0 ? " (bersama " : ", ").utf8)
            scratch.text.append(contentsOf: other.name.utf8)
            otherCount += 1
        }
        if otherCount > 0 { scratch.text.append(UInt8(ascii: ")")) }
        let text = String(decoding: scratch.text, as: UTF8.self)
        let isDecision = steps[index].decision != nil
        // A diamond holding a long text grows huge: its label keeps the first lines, the tooltip all.
        scratch.lines.keepFirst(0)
        if isDecision {
            TextWrapper.wrap(text, into: &scratch.lines, width: labelWidth * 0.75, fontSize: fontSize, maxLines: 4)
        } else {
            TextWrapper.wrap(text, into: &scratch.lines, width: labelWidth, fontSize: fontSize)
        }
        out.append(" [label=\"")
        appendLines(scratch.lines, to: &out)
        out.append("\"")
        if isDecision {
            out.append(", shape=diamond, margin=0.02, fillcolor=\"#fff8e1\", tooltip=")
            appendQuoted(text, to: &out)
        }
        if unresolved { out.append(", style=\"dashed,filled\", color=red") }
        out.append("];\n")
    }

    /// Wrapped lines inside a DOT string: each escaped, `\n` between them.
    private func appendLines(_ lines: WrappedLines, to out: inout ByteBuffer) {
        lines.utf8.withUnsafeBufferPointer { bytes in
            for index in 0..<lines.count {
                if index > 0 { out.append("\\n") }
                let line = bytes[lines.range(of: index)]
                if Self.specialBytes.containsAny(of: line) {
                    out.append(contentsOf: escaped(String(decoding: line, as: UTF8.self)))
                } else {
                    out.append(line)
                }
            }
        }
    }

    private func appendQuoted(_ text: String, to out: inout ByteBuffer) {
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: escaped(text))
        out.append(UInt8(ascii: "\""))
    }

    /// Text inside a DOT double-quoted string: backslashes and quotes escaped, line breaks as spaces.
    private func escaped(_ text: String) -> String {
        if !Self.specialBytes.containsAny(of: text) { return text }
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r", "\r\n", "\t": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// The UTF-8 bytes `escaped` escapes or replaces; text without them passes unchanged.
    private static let specialBytes = ByteSet { "\\\"\n\r\t".utf8.contains($0) }
}
