/// sopc's fixed exit codes (documented in README).
enum ExitCode: Int32 {
    /// Success; for validate/diff: clean / no differences.
    case ok = 0
    /// validate found errors, diff found differences.
    case findings = 1
    /// Bad command line.
    case usage = 2
    /// An input could not be read or is not an SOP document.
    case badInput = 3
}

/// A failure that ends the command with a one-line message and a fixed exit code.
struct CommandFailure: Error {
    var code: ExitCode
    var message: String
}
