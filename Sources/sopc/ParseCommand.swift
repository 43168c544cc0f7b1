import Foundation
import SOPModel

/// `sopc parse FILE|- [-o OUT]` and `sopc parse --out-dir DIR FILE...`.
enum ParseCommand {
    static let help = """
    usage: sopc parse FILE|- [-o OUT.json] [--quiet]
           sopc parse --out-dir DIR FILE... [--quiet]

    Reads SOP text (tab-separated converter output, Markdown tables, raw OCR) and writes the
    normalized SOP JSON: to stdout, to OUT.json with -o, or to DIR/<name>.json for each FILE
    with --out-dir (<name> = the file name without its extension). Diagnostics go to stderr as
    FILE:LINE:COL: SEVERITY: [code] message; --quiet leaves them out.

    exit status: 0 parsed, 2 usage, 3 an input is unreadable or not an SOP document
    """

    static func run(_ arguments: [String]) throws(CommandFailure) -> ExitCode {
        var output: String?
        var outDir: String?
        var quiet = false
        var files: [String] = []
        var args = ArgumentCursor(arguments, usage: usage)
        while let arg = args.next() {
            switch arg {
            case "-h", "--help":
                print(help)
                return .ok
            case "-o", "--output":
                output = try args.value(after: arg, needs: "a file name")
            case "--out-dir":
                outDir = try args.value(after: arg, needs: "a directory")
            case "-q", "--quiet":
                quiet = true
            default:
                files.append(try args.operand(arg))
            }
        }
        guard !files.isEmpty else { throw usage("no input file (use - for stdin)") }
        guard output == nil || outDir == nil else { throw usage("-o and --out-dir exclude each other") }
        guard outDir != nil || files.count == 1 else { throw usage("several inputs need --out-dir DIR") }

        if let outDir {
            try createDirectory(outDir)
        }
        var failed: CommandFailure?
        for file in files {
            do {
                let document = try InputLoader.parse(file)
                if !quiet { DiagnosticPrinter.print(document.diagnostics, file: document.source.path) }
                if let outDir {
                    let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
                    try emitJSON(document, file: file, to: URL(fileURLWithPath: outDir).appendingPathComponent(name + ".json").path)
                } else {
                    try emitJSON(document, file: file, to: output)
                }
            } catch {
                printError("sopc: error: \(error.message)")
                failed = error
            }
        }
        if let failed { return failed.code }
        return .ok
    }

    /// Writes the document's JSON to the file at `path`, or to stdout when there is none, from the
    /// encoder's own buffer (a 100 000-step document's JSON is ~70 MB; a copy would hold it twice).
    private static func emitJSON(_ document: Document, file: String, to path: String?) throws(CommandFailure) {
        do {
            try DocumentJSON.withBytes(document) { bytes in
                if let path { try AtomicFile.write(bytes, toPath: path) } else { FileHandle.standardOutput.write(Data(bytes)) }
            }
        } catch let error as AtomicFile.WriteError {
            throw CommandFailure(code: .badInput, message: error.description)
        } catch {
            throw CommandFailure(code: .badInput, message: "\(file): cannot encode JSON: \(error)")
        }
    }

    private static func createDirectory(_ path: String) throws(CommandFailure) {
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw CommandFailure(code: .badInput, message: "\(path): cannot create directory: \(error.localizedDescription)")
        }
    }

    private static func usage(_ message: String) -> CommandFailure {
        CommandFailure(code: .usage, message: "parse: \(message)\n\(help)")
    }
}
