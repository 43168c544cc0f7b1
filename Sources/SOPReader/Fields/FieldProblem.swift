import SOPModel

/// Something a field extractor noticed but could not resolve; the caller, which knows the line, turns it
/// into a `Diagnostic`.
public struct FieldProblem: Equatable, Sendable {
    /// Stable kebab-case code, e.g. `nip-length`.
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public func diagnostic(line: Int?, severity: Diagnostic.Severity = .warning) -> Diagnostic {
        Diagnostic(severity, code, message, at: line.map { SourceLocation(line: $0) })
    }
}
