import Foundation
import SOPCheck
import SOPModel

/// `sopc validate FILE... [--format text|json] [--strict] [--ignore CODES] [--select CODES]`.
enum ValidateCommand {
    static let help = """
    usage: sopc validate FILE... [--format text|json] [--strict] [--ignore CODE,...] [--select CODE,...]
           sopc validate --list-rules

    Checks SOP JSON (FILE.json, or `-` starting with '{') against Schemas/sop.schema.json and the lint
    rules; any other FILE (or `-`) is parsed as SOP text first. Findings go to stdout as
    FILE:LINE:COL: SEVERITY: [code] message — LINE:COL are those of the source document (for JSON,
    the file named in source.path), left out when unknown — or as one JSON object with --format json.
    The reader's diagnostics are included; a rule never repeats one of them.

      --strict          warnings fail the run too
      --ignore CODES    leave out these codes (comma-separated; reader codes too)
      --select CODES    report only these codes
      --list-rules      print every rule: code, severity, what it checks

    exit status: 0 clean, 1 an error (or with --strict a warning), 2 usage, 3 an input is unreadable
    """

    private enum Format: String {
        case text, json
    }

    static func run(_ arguments: [String]) throws(CommandFailure) -> ExitCode {
        var format = Format.text
        var strict = false
        var ignored: Set<String> = []
        var selected: Set<String>?
        var files: [String] = []
        var args = ArgumentCursor(arguments, usage: usage)
        while let arg = args.next() {
            switch arg {
            case "-h", "--help":
                print(help)
                return .ok
            case "--list-rules":
                print(ruleTable())
                return .ok
            case "--format":
                guard let chosen = Format(rawValue: try args.value(after: arg, needs: "text or json")) else { throw usage("--format needs text or json") }
                format = chosen
            case "--strict":
                strict = true
            case "--ignore":
                ignored.formUnion(codes(try args.value(after: arg, needs: "a comma-separated list of codes")))
            case "--select":
                selected = (selected ?? []).union(codes(try args.value(after: arg, needs: "a comma-separated list of codes")))
            default:
                files.append(try args.operand(arg))
            }
        }
        guard !files.isEmpty else { throw usage("no input file (use - for stdin)") }

        let validator: Validator
        do { validator = try Validator(ignoring: ignored, selecting: selected) } catch {
            throw CommandFailure(code: .badInput, message: "validate: \(error)")
        }
        var results: [FileResult] = []
        var unreadable = false
        for file in files {
            do {
                results.append(try check(file, with: validator))
            } catch {
                printError("sopc: error: \(error.message)")
                unreadable = true
            }
        }
        switch format {
        case .text: printText(results)
        case .json: printJSON(results)
        }
        let findings = results.flatMap(\.findings)
        if unreadable { return .badInput }
        let failing = findings.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        return failing ? .findings : .ok
    }

    /// One input's findings; `source` is the document the line numbers refer to.
    private struct FileResult: Encodable {
        var path: String
        var source: String?
        var findings: [Diagnostic]
    }

    private static func check(_ file: String, with validator: Validator) throws(CommandFailure) -> FileResult {
        let data = try InputLoader.read(file)
        let name = file == "-" ? "<stdin>" : file
        guard isJSON(file, data) else {
            let document = try InputLoader.parse(data, path: name)
            return FileResult(path: name, source: document.source.path, findings: validator.lint(document))
        }
        do {
            let report = try validator.validate(json: data)
            return FileResult(path: name, source: report.document?.source.path, findings: report.findings)
        } catch {
            throw CommandFailure(code: .badInput, message: "\(name): not JSON: \(error)")
        }
    }

    /// A `.json` file, or stdin that holds SOP JSON.
    private static func isJSON(_ file: String, _ data: Data) -> Bool {
        file == "-" ? DocumentInput.looksLikeJSON(data) : file.lowercased().hasSuffix(".json")
    }

    private static func printText(_ results: [FileResult]) {
        var text = ""
        for result in results {
            for finding in result.findings {
                let file = finding.line != nil ? (result.source ?? result.path) : result.path
                text += DiagnosticPrinter.line(for: finding, file: file) + "\n"
            }
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    private static func printJSON(_ results: [FileResult]) {
        struct Output: Encodable {
            var files: [FileResult]
            var errors: Int
            var warnings: Int
            var notes: Int
        }
        let findings = results.flatMap(\.findings)
        let output = Output(files: results, errors: findings.count(of: .error), warnings: findings.count(of: .warning),
                            notes: findings.count(of: .note))
        guard let data = try? DocumentJSON.encode(value: output) else { return }
        FileHandle.standardOutput.write(data)
    }

    /// The README table of rules, as Markdown.
    static func ruleTable() -> String {
        let rows = RuleCatalog.all.map { "| `\($0.code)` | \($0.severity.rawValue) | \($0.summary) |" }
        return (["| code | severity | what it checks |", "|------|----------|----------------|"] + rows).joined(separator: "\n")
    }

    private static func codes(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func usage(_ message: String) -> CommandFailure {
        CommandFailure(code: .usage, message: "validate: \(message)\n\(help)")
    }
}
