import Foundation
import TestSupport
import SOPModel
import SOPReader
import Testing

/// Every Corpus/NAME.txt parses to exactly Corpus/expected/NAME.json.
/// `SOPC_ACCEPT=1 swift test` rewrites the goldens; review their diff before committing.
@Suite struct CorpusGoldenTests {
    static let corpus = PackageFiles.url("Corpus")
    static let inputs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
        .filter { $0.hasSuffix(".txt") }.sorted()

    @Test func corpusHasDocuments() {
        #expect(Self.inputs.count >= 5, "Corpus/ should hold the seed documents")
    }

    @Test(arguments: inputs)
    func parsesToItsGolden(_ name: String) throws {
        let data = try Data(contentsOf: Self.corpus.appendingPathComponent(name))
        let document = try SOPParser.parse(data: data, path: "Corpus/" + name)
        let actual = try DocumentJSON.encode(document)
        let stem = (name as NSString).deletingPathExtension
        let golden = Self.corpus.appendingPathComponent("expected/\(stem).json")
        if ProcessInfo.processInfo.environment["SOPC_ACCEPT"] == "1" {
            try actual.write(to: golden, options: .atomic)
            return
        }
        guard let expected = try? Data(contentsOf: golden) else {
            Issue.record("missing golden \(golden.path); create it with SOPC_ACCEPT=1 swift test")
            return
        }
        if actual != expected {
            Issue.record("\(name) differs from its golden:\n\(firstDifference(expected, actual))\nregenerate with SOPC_ACCEPT=1 swift test and review the diff")
        }
    }

    private func firstDifference(_ expected: Data, _ actual: Data) -> String {
        let a = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let b = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? String(a[i]) : "<end>", y = i < b.count ? String(b[i]) : "<end>"
            if x != y { return "line \(i + 1):\n- \(x)\n+ \(y)" }
        }
        return "(same lines, different bytes)"
    }
}
