import Foundation

/// Deterministic JSON for documents: sorted keys, pretty, slashes unescaped, trailing newline.
public enum DocumentJSON {
    /// The document's JSON, written field by field in one pass (the same bytes as `encode(value:)`).
    public static func encode(_ document: Document) throws -> Data {
        Data(try bytes(document))
    }

    /// The document's JSON as UTF-8 bytes.
    public static func bytes(_ document: Document) throws -> [UInt8] {
        try writer(document).finish()
    }

    /// The document's JSON lent to `body` as UTF-8 bytes, never copied into an array: a 100 000-step
    /// document's JSON is ~70 MB, and a copy would hold it twice.
    public static func withBytes<R>(_ document: Document, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        try writer(document).withBytes(body)
    }

    private static func writer(_ document: Document) throws -> PrettyJSONWriter {
        var writer = PrettyJSONWriter(capacity: estimatedSize(document))
        try writer.write(document)
        writer.endOfFile()
        return writer
    }

    /// A little over the JSON's size, so the buffer is allocated once: the steps' texts plus what their
    /// keys and indentation take (≈ 600 bytes a step), the same for diagnostics, and the identity page.
    private static func estimatedSize(_ document: Document) -> Int {
        var size = 8192 + 256 * (document.legalBasis.count + document.diagnostics.count)
        for procedure in document.procedures {
            for step in procedure.steps {
                size += 640 + step.activity.utf8.count + (step.notes?.utf8.count ?? 0)
                for text in step.inputs { size += text.utf8.count + 16 }
                for text in step.outputs { size += text.utf8.count + 16 }
            }
        }
        for diagnostic in document.diagnostics { size += diagnostic.message.utf8.count }
        return size
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
