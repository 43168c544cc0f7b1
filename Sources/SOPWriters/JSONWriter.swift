import SOPModel

/// The model itself as deterministic JSON (DocumentJSON), so `render --to json` round-trips.
public struct JSONWriter: Writer {
    public init() {}

    public var fileExtension: String { "json" }

    public func bytes(_ rendering: DocumentRendering) throws -> [UInt8] {
        try DocumentJSON.bytes(rendering.document)
    }
}
