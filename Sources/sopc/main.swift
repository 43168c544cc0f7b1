import Foundation

/// The subcommands and what they do.
let commands: [(name: String, summary: String, run: ([String]) throws(CommandFailure) -> ExitCode)] = [
    ("parse", "text/Markdown/OCR → SOP JSON", ParseCommand.run),
    ("validate", "check SOP JSON against the schema and lint rules", ValidateCommand.run),
    ("render", "SOP → Markdown, Graphviz DOT, SVG or HTML flowchart", RenderCommand.run),
    ("diff", "what changed between two revisions", DiffCommand.run),
    ("build", "parse and render every document of files and folders", BuildCommand.run),
]

let overview = """
usage: sopc COMMAND [OPTIONS] ...

sopc compiles Indonesian government SOP documents (SOP AP, Permenpan RB 35/2012) from converter
and OCR text into validated JSON and printable documents.

commands:
\(commands.map { "  " + $0.name.padding(toLength: 10, withPad: " ", startingAt: 0) + $0.summary }.joined(separator: "\n"))

Run `sopc COMMAND --help` for a command's options.
exit status: 0 ok, 1 findings or differences, 2 usage, 3 unreadable or invalid input
"""

var arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first else {
    printError(overview)
    exit(ExitCode.usage.rawValue)
}
if name == "-h" || name == "--help" || name == "help" {
    print(overview)
    exit(ExitCode.ok.rawValue)
}
guard let command = commands.first(where: { $0.name == name }) else {
    printError("sopc: unknown command '\(name)'\n\n\(overview)")
    exit(ExitCode.usage.rawValue)
}
do {
    exit(try command.run(Array(arguments.dropFirst())).rawValue)
} catch {
    printError("sopc: \(error.message)")
    exit(error.code.rawValue)
}
