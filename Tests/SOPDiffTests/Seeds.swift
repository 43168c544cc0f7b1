import Foundation
import TestSupport
import SOPDiff
import SOPModel

/// The corpus goldens as revision bases, and a compact view of a diff for assertions.
enum Seeds {
    static let all = ["klungkung", "kutasari", "lamandau", "lkj-ocr", "tapin"]
    /// The seeds that have at least one procedure table.
    static let withProcedures = ["klungkung", "kutasari", "lamandau", "tapin"]

    static func document(_ name: String) throws -> Document {
        try DocumentJSON.decode(Data(contentsOf: PackageFiles.url("Corpus/expected/\(name).json")))
    }

    static func text(_ name: String) throws -> Data {
        try Data(contentsOf: PackageFiles.url("Corpus/\(name).txt"))
    }

    /// "kind path" of every change, sorted, e.g. "added procedures[0].steps[2]".
    static func summary(_ old: Document, _ new: Document, options: DiffOptions = DiffOptions()) -> [String] {
        RevisionComparer.compare(old, new, options: options).changes.map { "\($0.kind.rawValue) \($0.path)" }.sorted()
    }
}
