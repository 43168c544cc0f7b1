import Foundation
import SOPModel

/// The batch summary `sopc build` writes as OUTDIR/report.json and OUTDIR/report.md.
///
/// Documents are listed worst first: failed documents, then by errors, warnings and notes (most
/// first), then by input path — so the order depends only on the inputs, never on thread timing.
///
/// `Codable` is the report's one shape: report.json is what `DocumentJSON.encode(value:)` writes for
/// it, which `json()` writes faster in one pass; `BuildReportTests` holds the two to the same bytes.
struct BuildReport: Codable {
    /// One document's line in the report.
    struct Entry: Codable {
        var input: String
        /// OUTDIR-relative name of the renderings (without extension); null when the input does not exist.
        var output: String?
        var status: String
        var error: String?
        var procedures: Int
        var steps: Int
        var errors: Int
        var warnings: Int
        var notes: Int
    }

    /// The batch's totals.
    struct Totals: Codable {
        var documents = 0
        var built = 0
        var failed = 0
        var procedures = 0
        var steps = 0
        var errors = 0
        var warnings = 0
        var notes = 0
    }

    static let order = "worst first: failed, then most errors, most warnings, most notes, then input path"

    var totals = Totals()
    var order = BuildReport.order
    var documents: [Entry] = []

    init(_ outcomes: [BuildOutcome]) {
        documents = outcomes.map { outcome in
            Entry(input: outcome.input, output: outcome.outputName, status: outcome.failure == nil ? "built" : "failed",
                  error: outcome.failure, procedures: outcome.procedures, steps: outcome.steps,
                  errors: outcome.errors, warnings: outcome.warnings, notes: outcome.notes)
        }
        documents.sort(by: Self.isWorse)
        for entry in documents {
            totals.documents += 1
            if entry.error == nil { totals.built += 1 } else { totals.failed += 1 }
            totals.procedures += entry.procedures
            totals.steps += entry.steps
            totals.errors += entry.errors
            totals.warnings += entry.warnings
            totals.notes += entry.notes
        }
    }

    static func isWorse(_ a: Entry, _ b: Entry) -> Bool {
        let rank = { (e: Entry) in (e.error == nil ? 0 : 1, e.errors, e.warnings, e.notes) }   // a tuple: no array per comparison
        let ra = rank(a), rb = rank(b)
        if ra != rb { return rb < ra }
        return a.input < b.input
    }

    /// The report as JSON, byte for byte what `DocumentJSON.encode(value:)` gives for it (keys sorted,
    /// a missing output or error left out), written in one pass.
    func json() -> [UInt8] {
        var out = PrettyJSONWriter(capacity: 512 + 320 * documents.count)
        out.beginObject()
        out.key("documents")
        out.beginArray()
        for entry in documents {
            out.element()
            out.beginObject()
            if let error = entry.error {
                out.key("error")
                out.string(error)
            }
            out.key("errors")
            out.int(entry.errors)
            out.key("input")
            out.string(entry.input)
            out.key("notes")
            out.int(entry.notes)
            if let output = entry.output {
                out.key("output")
                out.string(output)
            }
            out.key("procedures")
            out.int(entry.procedures)
            out.key("status")
            out.string(entry.status)
            out.key("steps")
            out.int(entry.steps)
            out.key("warnings")
            out.int(entry.warnings)
            out.endObject()
        }
        out.endArray()
        out.key("order")
        out.string(order)
        out.key("totals")
        out.beginObject()
        let members: [(StaticString, Int)] = [("built", totals.built), ("documents", totals.documents), ("errors", totals.errors), ("failed", totals.failed),
                                              ("notes", totals.notes), ("procedures", totals.procedures), ("steps", totals.steps),
                                              ("warnings", totals.warnings)]
        for (key, value) in members {
            out.key(key)
            out.int(value)
        }
        out.endObject()
        out.endObject()
        out.endOfFile()
        return out.finish()
    }

    func markdown() -> String {
        var lines = [
            "# sopc build report", "",
            "| documents | built | failed | procedures | steps | errors | warnings | notes |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|",
            "| \(totals.documents) | \(totals.built) | \(totals.failed) | \(totals.procedures) | \(totals.steps) | \(totals.errors) | \(totals.warnings) | \(totals.notes) |",
            "", "Documents, \(Self.order).", "",
            "| input | status | procedures | steps | errors | warnings | notes | output or error |",
            "|---|---|---:|---:|---:|---:|---:|---|",
        ]
        for entry in documents {
            let detail = entry.error ?? entry.output.map { "`\($0).json`" } ?? ""
            lines.append("| \(cell(entry.input)) | \(entry.status) | \(entry.procedures) | \(entry.steps) | \(entry.errors) | \(entry.warnings) | \(entry.notes) | \(cell(detail)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text made safe for a Markdown table cell.
    private func cell(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "\n") }) else { return text }
        return text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
