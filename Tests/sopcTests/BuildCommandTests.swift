import Foundation
import SOPModel
import TestSupport
import Testing
@testable import sopc

/// `sopc build` at scale: recursive inputs, the report, progress, determinism and atomic output.
@Suite struct BuildCommandTests {
    let cli = CLITests()
    static let corpus = CorpusGoldenTests.corpus

    /// A tree with the seeds at the top, one in a subfolder, goldens under `expected/`, a text that
    /// is not an SOP, a name colliding with another and with the report, and a file of another kind.
    func inputTree() throws -> URL {
        let root = try cli.temporaryDirectory().appendingPathComponent("in")
        let fm = FileManager.default
        for folder in ["sub/deeper", "expected", ".hidden"] {
            try fm.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for name in ["klungkung", "kutasari", "tapin"] {
            try fm.copyItem(at: Self.corpus.appendingPathComponent("\(name).txt"), to: root.appendingPathComponent("\(name).txt"))
        }
        try fm.copyItem(at: Self.corpus.appendingPathComponent("lamandau.txt"), to: root.appendingPathComponent("sub/deeper/lamandau.txt"))
        try fm.copyItem(at: Self.corpus.appendingPathComponent("expected/tapin.json"), to: root.appendingPathComponent("tapin.json"))
        try fm.copyItem(at: Self.corpus.appendingPathComponent("lkj-ocr.txt"), to: root.appendingPathComponent("report.txt"))
        try fm.copyItem(at: Self.corpus.appendingPathComponent("expected/klungkung.json"), to: root.appendingPathComponent("expected/klungkung.json"))
        try fm.copyItem(at: Self.corpus.appendingPathComponent("tapin.txt"), to: root.appendingPathComponent(".hidden/tapin.txt"))
        try Data("Ini hanya surat biasa.\nTidak ada tabel.\n".utf8).write(to: root.appendingPathComponent("sub/surat.txt"))
        try Data("a,b\n".utf8).write(to: root.appendingPathComponent("table.csv"))
        return root
    }

    func report(_ out: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: out.appendingPathComponent("report.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func foldersAreSearchedRecursivelyAndMirroredSkippingGoldensHiddenAndOtherKinds() throws {
        let root = try inputTree()
        let out = root.appendingPathComponent("out")   // inside the input: must not be read back
        let run = try cli.sopc(["build", root.path, "-o", out.path, "--quiet"])
        #expect(run.status == 3, "the text that is not an SOP fails the batch")
        let stderrLines = run.stderr.split(separator: "\n")
        #expect(stderrLines.count == 1)
        #expect(stderrLines.first?.contains("sub/surat.txt: not an SOP document") == true)
        let names = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(names == ["klungkung.json", "kutasari.json", "report-2.json", "report.json", "sub/deeper/lamandau.json",
                          "tapin-2.json", "tapin.json"])
        for ext in ["md", "dot", "svg", "html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("sub/deeper/lamandau.\(ext)").path))
        }
        let totals = try #require(try report(out)["totals"] as? [String: Int])
        #expect(totals["documents"] == 7 && totals["built"] == 6 && totals["failed"] == 1)
        // A second run over the same tree does not pick up its own output.
        let again = try cli.sopc(["build", root.path, "-o", out.path, "--quiet"])
        #expect(try (report(out)["totals"] as? [String: Int])?["documents"] == 7, "\(again.stdout)")
    }

    @Test func reportJSONIsWhatJSONEncoderWrites() throws {
        let root = try inputTree()
        let out = root.deletingLastPathComponent().appendingPathComponent("out-encoder")
        let missing = root.appendingPathComponent("missing/ghost.txt").path
        _ = try cli.sopc(["build", root.path, missing, "-o", out.path, "--quiet"])
        let written = try Data(contentsOf: out.appendingPathComponent("report.json"))
        let report = try JSONDecoder().decode(BuildReport.self, from: written)
        #expect(report.documents.contains { $0.output == nil } && report.documents.contains { $0.error != nil })
        #expect(try DocumentJSON.encode(value: report) == written)
    }

    @Test func reportListsWorstDocumentsFirstWithTheirCounts() throws {
        let root = try inputTree()
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        _ = try cli.sopc(["build", root.path, "-o", out.path, "--quiet"])
        let documents = try #require(try report(out)["documents"] as? [[String: Any]])
        #expect(documents.first?["status"] as? String == "failed")
        #expect((documents.first?["error"] as? String)?.contains("not an SOP document") == true)
        let built = documents.dropFirst()
        let ranks = built.map { [($0["errors"] as? Int) ?? -1, ($0["warnings"] as? Int) ?? -1, ($0["notes"] as? Int) ?? -1] }
        #expect(zip(ranks, ranks.dropFirst()).allSatisfy { !$0.lexicographicallyPrecedes($1) }, "\(ranks)")
        let kutasari = try #require(built.first { ($0["input"] as? String)?.hasSuffix("/kutasari.txt") == true })
        #expect(kutasari["procedures"] as? Int == 2)
        #expect(kutasari["steps"] as? Int == 29)
        #expect(kutasari["output"] as? String == "kutasari")
        let markdown = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.contains("| 7 | 6 | 1 | "))
        #expect(markdown.contains("sub/surat.txt | failed |"))
    }

    @Test func oneWorkerAndAllCoresWriteTheSameFilesAndTheSameFindingsInTheSameOrder() throws {
        let root = try inputTree()
        let base = root.deletingLastPathComponent()
        let one = try cli.sopc(["build", root.path, "-o", base.appendingPathComponent("one").path, "--jobs", "1"])
        let many = try cli.sopc(["build", root.path, "-o", base.appendingPathComponent("many").path, "--jobs", "4"])
        let findings = { (run: CLITests.Run) in run.stderr.split(separator: "\n").filter { !$0.hasPrefix("build: ") } }
        #expect(findings(one) == findings(many))
        #expect(findings(one).count > 20)
        let files = try FileManager.default.subpathsOfDirectory(atPath: base.appendingPathComponent("one").path).sorted()
        #expect(files == (try FileManager.default.subpathsOfDirectory(atPath: base.appendingPathComponent("many").path).sorted()))
        for file in files where file.contains(".") {
            let a = try Data(contentsOf: base.appendingPathComponent("one/\(file)"))
            let b = try Data(contentsOf: base.appendingPathComponent("many/\(file)"))
            #expect(a == b, "\(file)")
        }
    }

    @Test func progressIsPlainLinesOffATerminalAndSilentWithQuiet() throws {
        let dir = try cli.temporaryDirectory()
        let loud = try cli.sopc(["build", Self.corpus.path, "-o", dir.appendingPathComponent("a").path])
        let progress = loud.stderr.split(separator: "\n").filter { $0.hasPrefix("build: ") }
        #expect(progress.last?.hasPrefix("build: 5/5 (100%), ") == true, "\(progress)")
        #expect(progress.last?.contains("docs/s") == true)
        #expect(!loud.stderr.contains("\r"), "no bar off a terminal")
        let quiet = try cli.sopc(["build", Self.corpus.path, "-o", dir.appendingPathComponent("b").path, "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty)
        #expect(quiet.stdout.contains("built 5 documents"))
    }

    @Test func noTemporaryFilesAreLeftAndOldOutputIsReplacedWhole() throws {
        let dir = try cli.temporaryDirectory()
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data(String(repeating: "stale ", count: 100_000).utf8).write(to: out.appendingPathComponent("tapin.svg"))
        let run = try cli.sopc(["build", Self.corpus.appendingPathComponent("tapin.txt").path, "-o", out.path, "--quiet"])
        #expect(run.status == 0)
        let entries = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(!entries.contains { $0.hasPrefix(".") }, "\(entries)")
        let svg = try String(contentsOf: out.appendingPathComponent("tapin.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<svg") || svg.hasPrefix("<?xml"))
        #expect(!svg.contains("stale"))
    }

    @Test func aMissingInputAndAnUnwritableOutputFailWithOneLine() throws {
        let dir = try cli.temporaryDirectory()
        let missing = try cli.sopc(["build", dir.appendingPathComponent("nope").path, Self.corpus.appendingPathComponent("tapin.txt").path,
                                    "-o", dir.appendingPathComponent("out").path, "--quiet"])
        #expect(missing.status == 3)
        #expect(missing.stderr == "sopc: error: \(dir.appendingPathComponent("nope").path): no such file\n")
        #expect(missing.stdout.contains("built 1 document into") && missing.stdout.contains("1 failed"))
        let file = dir.appendingPathComponent("plain")
        try Data("x".utf8).write(to: file)
        let blocked = try cli.sopc(["build", Self.corpus.path, "-o", file.appendingPathComponent("out").path])
        #expect(blocked.status == 3)
        #expect(blocked.stderr.contains("cannot create directory"))
        #expect(try cli.sopc(["build", Self.corpus.path, "-o", dir.path, "--jobs", "0"]).status == 2)
    }

    /// A folder's names are read and the folder closed before descending, so a tree deeper than the
    /// open-file limit is read whole.
    @Test func aTreeDeeperThanTheOpenFileLimitIsReadWhole() throws {
        let root = try cli.temporaryDirectory().appendingPathComponent("in")
        let deep = (1...120).reduce(root) { folder, _ in folder.appendingPathComponent("n") }
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent("tapin.txt"), to: deep.appendingPathComponent("tapin.txt"))
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let run = try Program.run("sh", ["-c", "ulimit -n 64 && exec \"$0\" \"$@\"", CLITests.binary.path,
                                         "build", root.path, "-o", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = (1...120).map { _ in "n/" }.joined() + "tapin.json"
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(json).path))
    }

    /// A path built from a lossily decoded name would name no entry: such a name is a problem of the
    /// build, reported with the rest, never skipped in silence.
    @Test func aNameThatIsNotUTF8IsReportedNotSkipped() throws {
        let root = try cli.temporaryDirectory().appendingPathComponent("in")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent("klungkung.txt"), to: root.appendingPathComponent("klungkung.txt"))
        let made = try Program.run("sh", ["-c", "d=\"$0/d$(printf '\\376')\" && mkdir \"$d\" && cp \"$1\" \"$d/tapin.txt\"",
                                          root.path, Self.corpus.appendingPathComponent("tapin.txt").path])
        #expect(made.status == 0, "\(made.stderr)")
        let run = try cli.sopc(["build", root.path, "-o", root.deletingLastPathComponent().appendingPathComponent("out").path, "--quiet"])
        #expect(run.status == 3)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasSuffix(": name is not valid UTF-8") == true, "\(run.stderr)")
        #expect(run.stdout.contains("built 1 document into") && run.stdout.contains("1 failed"), "\(run.stdout)")
    }
}
