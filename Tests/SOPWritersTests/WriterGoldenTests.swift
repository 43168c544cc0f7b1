import Foundation
import SOPModel
import SOPWriters
import Testing

/// Every Corpus document renders to exactly Corpus/expected/NAME.md, .dot and .svg.
/// `SOPC_ACCEPT=1 swift test` rewrites them; review their diff (and look at the SVG) before committing.
@Suite struct WriterGoldenTests {
    static let cases: [(String, String)] = CorpusDocuments.names.flatMap { name in ["markdown", "dot", "svg"].map { (name, $0) } }

    @Test func corpusHasDocuments() {
        #expect(CorpusDocuments.names.count >= 5)
    }

    @Test(arguments: cases)
    func rendersToItsGolden(_ name: String, _ format: String) throws {
        let writer = try #require(Writers.writer(named: format))
        let actual = try writer.write(try CorpusDocuments.document(name))
        let golden = CorpusDocuments.corpus.appendingPathComponent("expected/\(name).\(writer.fileExtension)")
        if ProcessInfo.processInfo.environment["SOPC_ACCEPT"] == "1" {
            try Data(actual.utf8).write(to: golden, options: .atomic)
            return
        }
        guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
            Issue.record("missing golden \(golden.path); create it with SOPC_ACCEPT=1 swift test")
            return
        }
        if actual != expected {
            Issue.record("\(name).\(writer.fileExtension) differs from its golden:\n\(firstDifference(expected, actual))\nregenerate with SOPC_ACCEPT=1 swift test and review the diff")
        }
    }

    @Test(arguments: ["json", "markdown", "dot", "svg", "html"])
    func outputIsDeterministic(_ format: String) throws {
        let writer = try #require(Writers.writer(named: format))
        for name in CorpusDocuments.names {
            let document = try CorpusDocuments.document(name)
            #expect(try writer.write(document) == writer.write(document), "\(name) \(format)")
        }
    }

    @Test func registryKnowsEveryFormatAndItsExtension() throws {
        #expect(Writers.names == ["dot", "html", "json", "markdown", "svg"])
        #expect(Writers.writer(named: "md")?.fileExtension == "md")
        #expect(Writers.writer(named: "SVG")?.fileExtension == "svg")
        #expect(Writers.writer(named: "pdf") == nil)
    }

    @Test func jsonRoundTrips() throws {
        let document = try CorpusDocuments.document("klungkung")
        let text = try JSONWriter().write(document)
        #expect(try DocumentJSON.decode(Data(text.utf8)) == document)
    }

    private func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? String(a[i]) : "<end>", y = i < b.count ? String(b[i]) : "<end>"
            if x != y { return "line \(i + 1):\n- \(x)\n+ \(y)" }
        }
        return "(same lines)"
    }
}
