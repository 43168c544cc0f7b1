import Foundation
import SOPModel

/// The machine-readable report: the whole `DocumentDiff` as deterministic JSON (sorted keys,
/// pretty-printed, trailing newline).
public enum JSONDiffRenderer {
    public static func render(_ diff: DocumentDiff) throws -> String {
        String(decoding: try DocumentJSON.encode(value: diff), as: UTF8.self)
    }
}
