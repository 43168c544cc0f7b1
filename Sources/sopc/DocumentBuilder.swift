import Foundation
import SOPCheck
import SOPModel
import SOPWriters

/// What building one document produced: its counts for the report and its findings for stderr.
struct BuildOutcome: Sendable {
    var input: String
    /// OUTDIR-relative name without extension; nil when the input never got one (it does not exist).
    var outputName: String?
    /// The one-line reason the document failed; nil when all its files were written.
    var failure: String?
    var procedures = 0
    var steps = 0
    var errors = 0
    var warnings = 0
    var notes = 0
    /// The schema and lint findings (the reader's diagnostics included) as stderr lines, formatted by
    /// the worker so the ordered delivery only prints them.
    var findingLines = ""

    static func failed(_ input: String, outputName: String?, _ message: String) -> BuildOutcome {
        BuildOutcome(input: input, outputName: outputName, failure: message)
    }
}

/// Builds one document: load (parse, or decode SOP JSON), validate the JSON rendering (schema and
/// lint rules, as `sopc validate`), and write every rendering atomically under OUTDIR. Holds a
/// validator of its own, so each worker thread uses one.
struct DocumentBuilder {
    /// OUTDIR as an absolute file path.
    let outPath: String
    let validator: Validator
    let keepFindings: Bool

    /// Every writer, in format-name order.
    private static let writers = Writers.all.sorted { $0.key < $1.key }

    func build(_ input: BuildInput) -> BuildOutcome {
        do throws(CommandFailure) {
            return try attempt(input)
        } catch {
            return .failed(input.path, outputName: input.outputName, error.message)
        }
    }

    private func attempt(_ input: BuildInput) throws(CommandFailure) -> BuildOutcome {
        let document = try DocumentInput.load(input.path)
        let rendering = DocumentRendering(document)
        var renderings: [(target: String, bytes: [UInt8])] = []
        var findings: [Diagnostic] = []
        for (format, writer) in Self.writers {
            let bytes: [UInt8]
            do { bytes = try writer.bytes(rendering) } catch {
                throw CommandFailure(code: .badInput, message: "\(input.path): cannot render \(writer.fileExtension): \(error)")
            }
            if format == "json" { findings = try validate(bytes, document, input: input.path) }
            renderings.append(("\(outPath)/\(input.outputName).\(writer.fileExtension)", bytes))
        }
        for rendering in renderings {
            do { try AtomicFile.write(rendering.bytes, toPath: rendering.target) } catch {
                throw CommandFailure(code: .badInput, message: error.description)
            }
        }
        var outcome = BuildOutcome(input: input.path, outputName: input.outputName)
        outcome.procedures = document.procedures.count
        outcome.steps = document.procedures.reduce(0) { $0 + $1.steps.count }
        outcome.errors = findings.count(of: .error)
        outcome.warnings = findings.count(of: .warning)
        outcome.notes = findings.count(of: .note)
        if keepFindings {
            outcome.findingLines = findings.map { DiagnosticPrinter.line(for: $0, file: document.source.path) + "\n" }.joined()
        }
        return outcome
    }

    /// The schema violations of the JSON rendering; when it has none, the lint findings of the document.
    private func validate(_ json: [UInt8], _ document: Document, input: String) throws(CommandFailure) -> [Diagnostic] {
        do { return try validator.validate(json: json, of: document) } catch {
            throw CommandFailure(code: .badInput, message: "\(input): the JSON rendering cannot be read back: \(error)")
        }
    }
}
