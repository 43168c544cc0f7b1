import Foundation
import TestSupport
import Testing

/// Runs the built `sopc` binary and checks exit codes, outputs and one-line errors.
@Suite struct CLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary: URL = {
        let here = Bundle.main.executableURL?.deletingLastPathComponent()
        let candidates = [here?.appendingPathComponent("sopc"), here?.deletingLastPathComponent().appendingPathComponent("sopc")]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? PackageFiles.root.appendingPathComponent(".build/debug/sopc")
    }()

    func sopc(_ arguments: [String], stdin: Data? = nil) throws -> Run {
        let result = try Program.run(Self.binary, arguments, stdin: stdin)
        return Run(status: result.status, stdout: result.output, stderr: result.stderr)
    }

    func temporaryDirectory() throws -> URL {
        try PackageFiles.temporaryDirectory("sopc-cli")
    }

    static let tiny = """
    PEMERINTAH KOTA CONTOH
    Nomor SOP\t: 1/2024
    Tanggal Pembuatan\t: 31 Februari 2024
    Nama SOP\t: Contoh
    """

    @Test func parseWritesJSONToStdoutAndDiagnosticsToStderr() throws {
        let run = try sopc(["parse", "-"], stdin: Data(Self.tiny.utf8))
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect((json?["metadata"] as? [String: Any])?["number"] as? String == "1/2024")
        #expect(run.stderr.contains("<stdin>:3:1: warning: [invalid-date]"))
    }

    @Test func outDirWritesOneFilePerInputNamedAfterIt() throws {
        let dir = try temporaryDirectory()
        let input = dir.appendingPathComponent("contoh.sop.txt")
        try Data(Self.tiny.utf8).write(to: input)
        let out = dir.appendingPathComponent("out")
        let run = try sopc(["parse", "--quiet", "--out-dir", out.path, input.path])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("contoh.sop.json").path))
    }

    @Test func outputOptionWritesTheFile() throws {
        let dir = try temporaryDirectory()
        let input = dir.appendingPathComponent("a.txt")
        try Data(Self.tiny.utf8).write(to: input)
        let run = try sopc(["parse", input.path, "-o", dir.appendingPathComponent("a.json").path])
        #expect(run.status == 0 && run.stdout.isEmpty)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("a.json").path))
    }

    @Test(arguments: [
        ("missing", Data?.none, "no such file"),
        ("empty.txt", Data(), "the file is empty"),
        ("binary.txt", Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), "binary"),
        ("prose.txt", Data("Ini hanya surat biasa.\nTidak ada tabel.\n".utf8), "not an SOP document"),
    ])
    func badInputIsOneLineNamingTheFileWithExitThree(name: String, content: Data?, message: String) throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent(name).path
        if let content { try content.write(to: URL(fileURLWithPath: path)) }
        let run = try sopc(["parse", path])
        #expect(run.status == 3)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains(path) == true)
        #expect(lines.first?.contains(message) == true)
        #expect(run.stdout.isEmpty)
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try sopc([]).status == 2)
        #expect(try sopc(["frobnicate"]).status == 2)
        #expect(try sopc(["parse"]).status == 2)
        #expect(try sopc(["parse", "--bogus", "x"]).status == 2)
        #expect(try sopc(["parse", "a.txt", "b.txt"]).status == 2)
    }

    @Test(arguments: ["parse", "validate", "render", "diff", "build"])
    func everyCommandHasHelp(_ command: String) throws {
        let run = try sopc([command, "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("usage: sopc \(command)"))
    }
}
