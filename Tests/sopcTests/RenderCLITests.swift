import Foundation
import Testing

/// `sopc render` and the sequential `sopc build` through the real binary.
@Suite struct RenderCLITests {
    let cli = CLITests()
    static let corpus = CorpusGoldenTests.corpus

    @Test(arguments: [("markdown", "# PENGUMPULAN DATA KINERJA"), ("dot", "digraph sop {"), ("svg", "<svg xmlns="),
                      ("html", "<!DOCTYPE html>"), ("json", "\"schemaVersion\" : 1")])
    func rendersTextInputInEveryFormat(_ format: String, _ start: String) throws {
        let run = try cli.sopc(["render", Self.corpus.appendingPathComponent("klungkung.txt").path, "--to", format])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(start))
    }

    @Test func rendersSOPJSONAndWritesTheOutputFile() throws {
        let dir = try cli.temporaryDirectory()
        let out = dir.appendingPathComponent("tapin.md")
        let run = try cli.sopc(["render", Self.corpus.appendingPathComponent("expected/tapin.json").path, "--to", "markdown", "-o", out.path])
        #expect(run.status == 0 && run.stdout.isEmpty)
        let markdown = try String(contentsOf: out, encoding: .utf8)
        #expect(markdown.hasPrefix("# Standar Operasional Prosedur Pengumpulan Data Kinerja"))
    }

    @Test func renderUsageAndBadInput() throws {
        let file = Self.corpus.appendingPathComponent("tapin.txt").path
        #expect(try cli.sopc(["render", file]).status == 2)
        #expect(try cli.sopc(["render", file, "--to", "pdf"]).status == 2)
        #expect(try cli.sopc(["render", "--to", "svg"]).status == 2)
        let dir = try cli.temporaryDirectory()
        let newer = dir.appendingPathComponent("newer.json")
        try Data("{\"schemaVersion\": 99}".utf8).write(to: newer)
        let run = try cli.sopc(["render", newer.path, "--to", "svg"])
        #expect(run.status == 3)
        #expect(run.stderr.contains("newer than this sopc"))
        #expect(try cli.sopc(["render", dir.appendingPathComponent("missing.txt").path, "--to", "svg"]).status == 3)
    }

    @Test func buildWritesAllRenderingsForEveryDocumentAndGoesOnAfterAFailure() throws {
        let dir = try cli.temporaryDirectory()
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for name in ["klungkung", "tapin"] {
            try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent("\(name).txt"), to: inputs.appendingPathComponent("\(name).txt"))
        }
        try Data("Ini hanya surat biasa.\n".utf8).write(to: inputs.appendingPathComponent("prose.txt"))
        try Data([0x00, 0x01]).write(to: inputs.appendingPathComponent("ignored.docx"))
        let out = dir.appendingPathComponent("out")
        let run = try cli.sopc(["build", inputs.path, "-o", out.path, "--quiet"])
        #expect(run.status == 3)
        #expect(run.stderr.contains("prose.txt"))
        #expect(!run.stderr.contains("ignored.docx"))
        for name in ["klungkung", "tapin"] {
            for ext in ["json", "md", "dot", "svg", "html"] {
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(name).\(ext)").path), "\(name).\(ext)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("prose.json").path))
    }

    @Test func buildOfTheCorpusSucceeds() throws {
        let out = try cli.temporaryDirectory().appendingPathComponent("out")
        let run = try cli.sopc(["build", Self.corpus.path, "-o", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("built 5 documents"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).count == 25 + 2)   // and report.json, report.md
        #expect(try cli.sopc(["build", Self.corpus.path]).status == 2)
    }

    @Test func buildValidatesEveryDocumentAndCountsTheFindings() throws {
        let dir = try cli.temporaryDirectory()
        let input = dir.appendingPathComponent("contoh.txt")
        try Data(CLITests.tiny.utf8).write(to: input)
        let run = try cli.sopc(["build", input.path, "-o", dir.appendingPathComponent("out").path])
        #expect(run.status == 0)
        // The reader's non-date is an error for the validator; the missing approver is a lint finding.
        #expect(run.stderr.contains("contoh.txt:3:1: error: [invalid-date]"))
        #expect(run.stderr.contains("error: [missing-identity-field]"))
        #expect(run.stdout.contains("built 1 document into"))
        #expect(run.stdout.range(of: #"findings: [1-9][0-9]* errors"#, options: .regularExpression) != nil)
    }
}
