import Foundation
import SOPModel
import Testing

/// `sopc diff` through the built binary: inputs of either kind, formats, options, exit codes.
@Suite struct DiffCLITests {
    let cli = CLITests()
    static let corpus = CorpusGoldenTests.corpus

    private func path(_ relative: String) -> String { Self.corpus.appendingPathComponent(relative).path }

    /// Writes `document` as SOP JSON to a temporary file.
    private func write(_ document: Document) throws -> String {
        let url = try cli.temporaryDirectory().appendingPathComponent("revision.json")
        try DocumentJSON.encode(document).write(to: url)
        return url.path
    }

    private func klungkungWithALongerStep4() throws -> (Document, String) {
        let old = try DocumentJSON.decode(Data(contentsOf: Self.corpus.appendingPathComponent("expected/klungkung.json")))
        var new = old
        new.procedures[0].steps[3].duration = Duration(text: "3 Hari Kerja", min: 3, max: 3, unit: .day, workingDays: true)
        return (old, try write(new))
    }

    @Test(arguments: ["klungkung", "kutasari", "lamandau", "lkj-ocr", "tapin"], ["text", "markdown", "json"])
    func aParsedTextEqualsItsExpectedJSONInEveryFormat(_ seed: String, format: String) throws {
        let run = try cli.sopc(["diff", "--format", format, path("\(seed).txt"), path("expected/\(seed).json")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        switch format {
        case "text": #expect(run.stdout.isEmpty)
        case "markdown": #expect(run.stdout.hasPrefix("No changes"))
        default:
            let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            #expect(json?["equivalent"] as? Bool == true)
        }
    }

    @Test func aChangedDurationExitsOneInEveryFormat() throws {
        let (_, revised) = try klungkungWithALongerStep4()
        let text = try cli.sopc(["diff", path("expected/klungkung.json"), revised])
        #expect(text.status == 1)
        #expect(text.stdout.contains("~ procedures[0].steps[3].duration: step 4 duration: 2 → 3 hari kerja (+1)\n"))
        #expect(!text.stdout.contains("\u{1B}"), "no colour when stdout is not a terminal")
        let json = try cli.sopc(["diff", "--format", "json", path("klungkung.txt"), revised])
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let changes = object?["changes"] as? [[String: Any]]
        #expect(changes?.map { $0["newPath"] as? String } == ["procedures[0].steps[3].duration"])
        let markdown = try cli.sopc(["diff", "--format", "markdown", path("klungkung.txt"), revised])
        #expect(markdown.status == 1 && markdown.stdout.contains("- **changed** step 4 duration"))
        let coloured = try cli.sopc(["diff", "--color", "always", path("klungkung.txt"), revised])
        #expect(coloured.stdout.contains("\u{1B}["))
        let quiet = try cli.sopc(["diff", "-q", path("klungkung.txt"), revised])
        #expect(quiet.status == 1 && quiet.stdout.isEmpty)
    }

    @Test func ignoreRenumberingMakesARenumberedRevisionEquivalent() throws {
        let old = try DocumentJSON.decode(Data(contentsOf: Self.corpus.appendingPathComponent("expected/tapin.json")))
        var new = old
        for i in new.procedures[0].steps.indices { new.procedures[0].steps[i].number += 1 }
        let revised = try write(new)
        #expect(try cli.sopc(["diff", path("expected/tapin.json"), revised]).status == 1)
        #expect(try cli.sopc(["diff", "--ignore-renumbering", path("expected/tapin.json"), revised]).status == 0)
    }

    @Test func oneInputCanBeStdin() throws {
        let text = try Data(contentsOf: Self.corpus.appendingPathComponent("lamandau.txt"))
        let run = try cli.sopc(["diff", "-", path("expected/lamandau.json")], stdin: text)
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func usageErrorsExitTwo() throws {
        let json = path("expected/tapin.json")
        #expect(try cli.sopc(["diff", json]).status == 2)
        #expect(try cli.sopc(["diff", json, json, json]).status == 2)
        #expect(try cli.sopc(["diff", "--format", "html", json, json]).status == 2)
        #expect(try cli.sopc(["diff", "--color", "sometimes", json, json]).status == 2)
        #expect(try cli.sopc(["diff", "--bogus", json, json]).status == 2)
        #expect(try cli.sopc(["diff", "-", "-"]).status == 2)
    }

    @Test func invalidInputsExitThreeNamingTheFile() throws {
        let dir = try cli.temporaryDirectory()
        let broken = dir.appendingPathComponent("broken.json"), newer = dir.appendingPathComponent("newer.json")
        try Data("{\"schemaVersion\": 1}".utf8).write(to: broken)
        var document = try String(contentsOf: Self.corpus.appendingPathComponent("expected/tapin.json"), encoding: .utf8)
        document = document.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 9")
        try Data(document.utf8).write(to: newer)
        for (file, message) in [(broken.path, "not SOP JSON"), (newer.path, "newer than this sopc"), (dir.appendingPathComponent("none").path, "no such file")] {
            let run = try cli.sopc(["diff", file, path("expected/tapin.json")])
            #expect(run.status == 3)
            #expect(run.stderr.split(separator: "\n").count == 1)
            #expect(run.stderr.contains(file) && run.stderr.contains(message), "\(run.stderr)")
        }
    }
}
