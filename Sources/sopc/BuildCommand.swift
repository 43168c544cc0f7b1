import Foundation
import SOPCheck
import SOPModel
import SOPWriters

/// `sopc build INPUT... -o OUTDIR`: every document of the inputs (files, or folders whose .txt, .md
/// and .json files are taken, not recursively) validated (schema and lint rules) and written in all
/// renderings: OUTDIR/<name>.json, .md, .dot, .svg, .html. A failing document is reported on stderr
/// and the batch goes on. Sequential; the parallel build with progress and reports is a later issue.
enum BuildCommand {
    static let help = """
    usage: sopc build INPUT... -o OUTDIR [--quiet]

    Parses (or, for .json, loads) every input — files, or folders whose .txt/.md/.json files are
    taken — validates it against the schema and the lint rules (as `sopc validate`), and writes
    OUTDIR/<name>.json, .md, .dot, .svg and .html for each. Findings go to stderr (--quiet leaves
    them out) and are counted in the closing line; a document that fails to load or render is
    reported there and the rest are built.

    exit status: 0 all built (findings do not change it; use `sopc validate` to gate on them),
                 2 usage, 3 some input could not be read or is not an SOP document
    """

    static let formats = ["json", "markdown", "dot", "svg", "html"]
    static let inputExtensions: Set<String> = ["txt", "md", "json"]

    static func run(_ arguments: [String]) throws(CommandFailure) -> ExitCode {
        var outDir: String?
        var quiet = false
        var inputs: [String] = []
        var rest = arguments[...]
        while let arg = rest.popFirst() {
            switch arg {
            case "-h", "--help":
                print(help)
                return .ok
            case "-o", "--out-dir":
                guard let value = rest.popFirst() else { throw usage("\(arg) needs a directory") }
                outDir = value
            case "-q", "--quiet":
                quiet = true
            default:
                if arg.hasPrefix("-") { throw usage("unknown option \(arg)") }
                inputs.append(arg)
            }
        }
        guard let outDir else { throw usage("-o OUTDIR is required") }
        guard !inputs.isEmpty else { throw usage("no input") }
        do { try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true) } catch {
            throw CommandFailure(code: .badInput, message: "\(outDir): cannot create directory: \(error.localizedDescription)")
        }

        let validator: Validator
        do { validator = try Validator() } catch {
            throw CommandFailure(code: .badInput, message: "the embedded schema cannot be used: \(error)")
        }
        var failures = 0
        var built = 0
        var counts: [Diagnostic.Severity: Int] = [:]
        for file in expand(inputs, failures: &failures) {
            do {
                let document = try DocumentInput.load(file)
                let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
                for format in formats {
                    guard let writer = Writers.writer(named: format) else { continue }
                    let target = URL(fileURLWithPath: outDir).appendingPathComponent("\(name).\(writer.fileExtension)")
                    let text = try write(writer, document, to: target, input: file)
                    if format == "json" {
                        let findings = try findings(of: text, by: validator, input: file)
                        for finding in findings { counts[finding.severity, default: 0] += 1 }
                        if !quiet { DiagnosticPrinter.print(findings, file: document.source.path) }
                    }
                }
                built += 1
            } catch {
                printError("sopc: error: \(error.message)")
                failures += 1
            }
        }
        let tally = [Diagnostic.Severity.error, .warning, .note].map { "\(counts[$0] ?? 0) \($0.rawValue)s" }.joined(separator: ", ")
        print("built \(built) document\(built == 1 ? "" : "s") into \(outDir)\(failures > 0 ? ", \(failures) failed" : "") (findings: \(tally))")
        return failures > 0 ? .badInput : .ok
    }

    /// Files as given; folders replaced by their input files in name order. Unreadable entries count as failures.
    private static func expand(_ inputs: [String], failures: inout Int) -> [String] {
        var files: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                printError("sopc: error: \(input): no such file")
                failures += 1
                continue
            }
            guard isDirectory.boolValue else {
                files.append(input)
                continue
            }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: input) else {
                printError("sopc: error: \(input): cannot list directory")
                failures += 1
                continue
            }
            files += names.filter { inputExtensions.contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
                .map { (input as NSString).appendingPathComponent($0) }
        }
        return files
    }

    /// The schema and lint findings for the JSON just written.
    private static func findings(of json: String, by validator: Validator, input: String) throws(CommandFailure) -> [Diagnostic] {
        do { return try validator.validate(json: Data(json.utf8)).findings } catch {
            throw CommandFailure(code: .badInput, message: "\(input): the JSON written cannot be read back: \(error)")
        }
    }

    /// Renders and writes one file; returns the text written.
    @discardableResult
    private static func write(_ writer: any Writer, _ document: Document, to target: URL, input: String) throws(CommandFailure) -> String {
        let text: String
        do { text = try writer.write(document) } catch {
            throw CommandFailure(code: .badInput, message: "\(input): cannot render \(writer.fileExtension): \(error)")
        }
        do { try Data(text.utf8).write(to: target, options: .atomic) } catch {
            throw CommandFailure(code: .badInput, message: "\(target.path): cannot write: \(error.localizedDescription)")
        }
        return text
    }

    private static func usage(_ message: String) -> CommandFailure {
        CommandFailure(code: .usage, message: "build: \(message)\n\(help)")
    }
}
