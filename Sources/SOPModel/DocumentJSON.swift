import Foundation

/// Deterministic JSON for documents: sorted keys, pretty, slashes unescaped, trailing newline.
public enum DocumentJSON {
    public static func encode(_ document: Document) throws -> Data {
        try encode(value: document)
    }

    /// Any value in the same deterministic form (reports, diffs).
    public static func encode<Value: Encodable>(value: Value) throws -> Data {
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    public static func decode(_ data: Data) throws -> Document {
        try JSONDecoder().decode(Document.self, from: data)
    }

    private static var encoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return e
    }
}
