/// A parsed JSON value. Numbers keep their value as a Double; equality follows JSON Schema
/// (1 and 1.0 are equal, a boolean never equals a number).
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The JSON Schema type name of the value ("integer" for numbers without a fractional part).
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number(let value): value.rounded() == value && value.isFinite ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// Whether the value is an instance of the JSON Schema type `name` (an integer is also a number).
    public func isInstance(of name: String) -> Bool {
        name == typeName || (name == "number" && typeName == "integer")
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }
}
