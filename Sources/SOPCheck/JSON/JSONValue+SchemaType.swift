import SOPModel

/// JSON Schema's view of a value: its type name.
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
}
