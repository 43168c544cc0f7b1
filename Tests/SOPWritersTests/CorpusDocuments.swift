import Foundation
import TestSupport
import SOPModel
import SOPReader

/// The Corpus/ documents, parsed once, for the writer tests.
enum CorpusDocuments {
    static let corpus = PackageFiles.url("Corpus")
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
        .filter { $0.hasSuffix(".txt") }.map { ($0 as NSString).deletingPathExtension }.sorted()

    static func document(_ name: String) throws -> Document {
        let data = try Data(contentsOf: corpus.appendingPathComponent(name + ".txt"))
        return try SOPParser.parse(data: data, path: "Corpus/\(name).txt")
    }
}
