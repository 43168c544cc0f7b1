import Foundation
import TestSupport
import Testing

/// `sopc validate` on the built binary: exit codes, output formats, filters.
@Suite struct ValidateCommandTests {
    let cli = CLITests()
    static let corpus = PackageFiles.root.appendingPathComponent("Corpus")

    @Test func seedWithARealDefectFailsWithItsLine() throws {
        let run = try cli.sopc(["validate", Self.corpus.appendingPathComponent("kutasari.txt").path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("kutasari.txt:61:1: error: [step-number-gap] steps jump from 10 to 13"))
        #expect(run.stdout.components(separatedBy: "[step-number-gap]").count == 2)
    }

    @Test func cleanExpectedJSONExitsZeroAndStrictTurnsWarningsIntoFailure() throws {
        let file = Self.corpus.appendingPathComponent("expected/tapin.json").path
        #expect(try cli.sopc(["validate", file]).status == 0)
        #expect(try cli.sopc(["validate", "--strict", file]).status == 1)
        #expect(try cli.sopc(["validate", "--strict", "--select", "procedure-duration", file]).status == 0)
    }

    @Test func ignoreDropsACode() throws {
        let file = Self.corpus.appendingPathComponent("kutasari.txt").path
        let run = try cli.sopc(["validate", "--ignore", "step-number-gap,step-missing-actor", file])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("[step-number-gap]") && !run.stdout.contains("[step-missing-actor]"))
    }

    @Test func jsonFormatCountsFindings() throws {
        let run = try cli.sopc(["validate", "--format", "json", Self.corpus.appendingPathComponent("expected/lamandau.json").path])
        #expect(run.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect((object?["errors"] as? Int ?? 0) >= 2)
        #expect((object?["files"] as? [[String: Any]])?.first?["source"] as? String == "Corpus/lamandau.txt")
    }

    @Test func schemaViolationFromStdinNamesThePointer() throws {
        let run = try cli.sopc(["validate", "-"], stdin: Data(#"{"schemaVersion": 1}"#.utf8))
        #expect(run.status == 1)
        #expect(run.stdout.contains("<stdin>: error: [schema] /: 'source' is a required property"))
    }

    @Test func unreadableAndNonJSONInputExitThree() throws {
        let dir = try cli.temporaryDirectory()
        let broken = dir.appendingPathComponent("broken.json")
        try Data("{".utf8).write(to: broken)
        let run = try cli.sopc(["validate", broken.path])
        #expect(run.status == 3)
        #expect(run.stderr.contains("broken.json: not JSON: line 1"))
        #expect(try cli.sopc(["validate", dir.appendingPathComponent("missing.json").path]).status == 3)
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try cli.sopc(["validate"]).status == 2)
        #expect(try cli.sopc(["validate", "--format", "xml", "x.json"]).status == 2)
    }
}
