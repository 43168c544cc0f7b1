/// The schema itself cannot be used: a keyword this validator does not implement, a bad `$ref` or pattern.
/// Refusing such a schema keeps the validator from silently accepting what it does not check.
public struct SchemaError: Error, CustomStringConvertible, Equatable {
    public var message: String
    public var description: String { "schema: \(message)" }
}
