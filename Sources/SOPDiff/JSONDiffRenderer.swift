import Foundation

/// The machine-readable report: the whole `DocumentDiff` as deterministic JSON (sorted keys,
/// pretty-printed, trailing newline).
public enum JSONDiffRenderer {
    public static func render(_ diff: DocumentDiff) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(diff), as: UTF8.self) + "\n"
    }
}
