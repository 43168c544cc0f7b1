import Foundation
import SOPModel
import SOPWriters

/// `sopc render FILE|- --to FORMAT [-o OUT]`: one document (SOP JSON or text) in one rendering.
enum RenderCommand {
    static let help = """
    usage: sopc render FILE|- --to markdown|dot|svg|html|json [-o OUT]

    Renders one SOP — SOP JSON, or any text `sopc parse` reads — as GitHub Markdown (markdown),
    Graphviz swimlanes (dot), the printed SOP AP flowchart on A4 landscape pages (svg), one printable
    HTML file with the identity page and the flowchart (html), or the model itself (json). Writes to
    stdout, or to OUT with -o.

    exit status: 0 rendered, 2 usage, 3 an input is unreadable or not an SOP document
    """

    static func run(_ arguments: [String]) throws(CommandFailure) -> ExitCode {
        var format: String?
        var output: String?
        var files: [String] = []
        var args = ArgumentCursor(arguments, usage: usage)
        while let arg = args.next() {
            switch arg {
            case "-h", "--help":
                print(help)
                return .ok
            case "-t", "--to":
                format = try args.value(after: arg, needs: "a format")
            case "-o", "--output":
                output = try args.value(after: arg, needs: "a file name")
            default:
                files.append(try args.operand(arg))
            }
        }
        guard let file = files.first, files.count == 1 else { throw usage("give exactly one input file (use - for stdin)") }
        guard let format else { throw usage("--to FORMAT is required") }
        guard let writer = Writers.writer(named: format) else {
            throw usage("unknown format '\(format)' (known: \(Writers.names.joined(separator: ", ")))")
        }
        let document = try DocumentInput.load(file)
        let bytes: [UInt8]
        do { bytes = try writer.bytes(document) } catch {
            throw CommandFailure(code: .badInput, message: "\(file): cannot render \(format): \(error)")
        }
        if let output {
            do { try AtomicFile.write(bytes, to: URL(fileURLWithPath: output)) } catch {
                throw CommandFailure(code: .badInput, message: error.description)
            }
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
        return .ok
    }

    private static func usage(_ message: String) -> CommandFailure {
        CommandFailure(code: .usage, message: "render: \(message)\n\(help)")
    }
}
