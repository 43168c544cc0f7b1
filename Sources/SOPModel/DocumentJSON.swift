import Foundation

/// Deterministic JSON for documents: sorted keys, pretty, slashes unescaped, trailing newline.
public enum DocumentJSON {
    /// The document's JSON, written field by field in one pass (the same bytes as `encode(value:)`).
    public static func encode(_ document: Document) throws -> Data {
        Data(try bytes(document))
    }

    /// The document's JSON as UTF-8 bytes.
    public static func bytes(_ document: Document) throws -> [UInt8] {
        var writer = PrettyJSONWriter(capacity: 4096 + 64 * document.procedures.reduce(0) { $0 + $1.steps.count * 8 })
        try writer.write(document)
        writer.endOfFile()
        return writer.bytes
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
