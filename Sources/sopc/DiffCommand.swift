import Foundation
import SOPDiff
import SOPModel

/// `sopc diff OLD NEW`: what changed between two revisions of an SOP.
enum DiffCommand {
    static let help = """
    usage: sopc diff OLD NEW [--format text|markdown|json] [--ignore-renumbering] [--ignore-case]
                     [--color auto|always|never] [--quiet]

    Compares two revisions of an SOP (each SOP JSON or anything `sopc parse` reads; one may be -
    for stdin) and reports the changes that matter: metadata, legal basis, section items, actors,
    and per step the activity (word by word), actors, inputs, duration, outputs, notes and
    decision targets. Steps are matched by content, not number, so an inserted step is one
    insertion plus a renumbering, and a step that changed place is reported as moved.

      --format text       one line per change (default; coloured only on a terminal)
      --format markdown   a bullet list for a review comment
      --format json       the change list with old/new paths and values
      --ignore-renumbering  leave out steps whose number changed but nothing else
      --ignore-case       compare texts case-insensitively
      --color WHEN        auto (default: on a terminal and NO_COLOR unset), always, never
      -q, --quiet         print nothing; only the exit status tells

    exit status: 0 no differences, 1 differences, 2 usage, 3 an input is unreadable or invalid
    """

    static func run(_ arguments: [String]) throws(CommandFailure) -> ExitCode {
        var format = DiffFormat.text
        var options = DiffOptions()
        var color: Bool?
        var quiet = false
        var files: [String] = []
        var args = ArgumentCursor(arguments, usage: usage)
        while let arg = args.next() {
            switch arg {
            case "-h", "--help":
                print(help)
                return .ok
            case "-f", "--format":
                guard let value = args.next(), let chosen = DiffFormat(rawValue: value) else {
                    throw usage("--format needs one of \(DiffFormat.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                format = chosen
            case "--ignore-renumbering":
                options.ignoreRenumbering = true
            case "--ignore-case":
                options.ignoreCase = true
            case "--color", "--colour":
                switch args.next() {
                case "always": color = true
                case "never": color = false
                case "auto": color = nil
                default: throw usage("--color needs auto, always or never")
                }
            case "--no-color":
                color = false
            case "-q", "--quiet":
                quiet = true
            default:
                files.append(try args.operand(arg))
            }
        }
        guard files.count == 2 else { throw usage("needs two inputs, OLD and NEW") }
        guard files[0] != "-" || files[1] != "-" else { throw usage("only one input can be stdin") }

        let old = try DocumentInput.load(files[0]), new = try DocumentInput.load(files[1])
        let diff = RevisionComparer.compare(old, new, oldName: files[0], newName: files[1], options: options)
        if !quiet {
            do {
                let report = try format.render(diff, color: color ?? terminalWantsColor())
                FileHandle.standardOutput.write(Data(report.utf8))
            } catch {
                throw CommandFailure(code: .badInput, message: "diff: cannot encode the report: \(error)")
            }
        }
        return diff.isEquivalent ? .ok : .findings
    }

    private static func terminalWantsColor() -> Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    private static func usage(_ message: String) -> CommandFailure {
        CommandFailure(code: .usage, message: "diff: \(message)\n\(help)")
    }
}
