import SOPModel

/// The model itself as deterministic JSON (DocumentJSON), so `render --to json` round-trips.
public struct JSONWriter: Writer {
    public init() {}

    public var fileExtension: String { "json" }

    public func write(_ document: Document) throws -> String {
        String(decoding: try DocumentJSON.bytes(document), as: UTF8.self)
    }
}
