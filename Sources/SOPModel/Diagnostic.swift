/// A 1-based position in the source text.
public struct SourceLocation: Codable, Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int = 1) {
        self.line = line
        self.column = column
    }
}

/// Something the reader or a checker noticed. `code` is a stable kebab-case identifier.
public struct Diagnostic: Codable, Sendable, Hashable {
    /// How much a finding matters: an error is a defect, a warning a likely problem, a note information.
    public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
        case error, warning, note

        private var rank: Int {
            switch self {
            case .error: 2
            case .warning: 1
            case .note: 0
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var code: String
    public var message: String
    public var line: Int?
    public var column: Int?

    public init(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.line = location?.line
        self.column = location?.column
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(severity, forKey: .severity)
        try c.encode(code, forKey: .code)
        try c.encode(message, forKey: .message)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
    }
}
