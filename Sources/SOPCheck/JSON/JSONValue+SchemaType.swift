import SOPModel

/// JSON Schema's view of a value: its type name and type membership.
extension JSONValue {
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
}
