/// A subcommand whose issue has not landed yet: `--help` says so, anything else exits 2.
struct PendingCommand {
    var name: String

    init(_ name: String) { self.name = name }

    func run(_ arguments: [String]) throws(CommandFailure) -> ExitCode {
        let message = "sopc \(name): not yet implemented in this version of sopc"
        if arguments.contains("--help") || arguments.contains("-h") {
            print("usage: sopc \(name) ...\n\n\(message)")
            return .ok
        }
        throw CommandFailure(code: .usage, message: message)
    }
}
