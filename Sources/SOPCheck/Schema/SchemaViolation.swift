/// One way an instance breaks the schema: where (a JSON pointer into the instance) and why.
public struct SchemaViolation: Sendable, Equatable, CustomStringConvertible {
    /// The instance path as pointer tokens; empty for the root.
    public var path: [String]
    public var message: String
    /// The types the schema wanted, when the violation is a type mismatch at `path`.
    public var expectedTypes: [String]?

    public init(path: [String], message: String, expectedTypes: [String]? = nil) {
        self.path = path
        self.message = message
        self.expectedTypes = expectedTypes
    }

    /// The RFC 6901 pointer of `path` ("/" for the root).
    public var pointer: String { JSONPointer.string(path) }

    /// "/metadata/created: "27-09-2024" does not match ^[0-9]{4}-…$".
    public var description: String { "\(pointer): \(message)" }
}
