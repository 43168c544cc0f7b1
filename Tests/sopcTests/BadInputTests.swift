import Foundation
import Testing

/// Issue 8's classes of bad input through the real binary: each ends in one line naming the file and
/// a fixed exit code, or, where the text can be decoded, in a diagnostic — never a crash or a hang.
/// Empty, binary (NUL bytes) and "not an SOP document" are in `CLITests`; the full-size single line
/// and table are run by `sopc-bench` (they take minutes in a debug build).
@Suite struct BadInputTests {
    let cli = CLITests()
    static let tapin = CorpusGoldenTests.corpus.appendingPathComponent("tapin.txt")

    func write(_ data: Data, _ name: String) throws -> String {
        let url = try cli.temporaryDirectory().appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    /// The parsed steps' number and activity: what every decoding of the same text must agree on.
    func steps(_ json: String) throws -> [String] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let procedures = try #require(document["procedures"] as? [[String: Any]])
        return procedures.flatMap { ($0["steps"] as? [[String: Any]]) ?? [] }.map { "\($0["number"] ?? "") \($0["activity"] ?? "")" }
    }

    var tapinText: String { get throws { try String(contentsOf: Self.tapin, encoding: .utf8) } }

    @Test func invalidUTF8IsReadAsWindows1252WithADiagnosticNamingTheFile() throws {
        var bytes = Data(try tapinText.utf8)
        bytes.append(contentsOf: Array("\nCatatan: dicetak oleh Andr".utf8) + [0xE9] + Array("\n".utf8))   // é in Windows-1252
        let path = try write(bytes, "latin.txt")
        let run = try cli.sopc(["parse", path])
        #expect(run.status == 0)
        #expect(run.stderr.contains("\(path): warning: [decoded-windows-1252]"))
        #expect(run.stdout.contains("André"))
    }

    @Test(arguments: [true, false])
    func utf16WithAByteOrderMarkGivesTheSameSteps(littleEndian: Bool) throws {
        let text = try tapinText
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        let run = try cli.sopc(["parse", try write(Data(bytes), "utf16.txt")])
        #expect(run.status == 0)
        #expect(run.stderr.contains("note: [decoded-utf16]"))
        let reference = try cli.sopc(["parse", "--quiet", Self.tapin.path])
        #expect(try steps(run.stdout) == (try steps(reference.stdout)))
        #expect(try steps(run.stdout).count == 8)
    }

    @Test(arguments: ["\r\n", "\r"])
    func crlfAndLoneCRLineEndsGiveTheSameStepsAndLines(_ lineEnd: String) throws {
        let text = try tapinText.replacingOccurrences(of: "\n", with: lineEnd)
        let path = try write(Data(text.utf8), "lineends.txt")
        let run = try cli.sopc(["parse", path])
        let reference = try cli.sopc(["parse", Self.tapin.path])
        #expect(run.status == 0)
        #expect(try steps(run.stdout) == (try steps(reference.stdout)))
        #expect(run.stderr.replacingOccurrences(of: path, with: Self.tapin.path) == reference.stderr, "diagnostics keep their line numbers")
    }

    @Test func aHugeSingleLineEndsWithOneLine() throws {
        let line = String(repeating: "kata tanpa akhir ", count: 6_000)   // 102 KB; sopc-bench runs 100 MB
        let path = try write(Data(line.utf8), "oneline.txt")
        let start = Date()
        let run = try cli.sopc(["parse", path])
        #expect(Date().timeIntervalSince(start) < 60)
        #expect(run.status == 3)
        #expect(run.stderr == "sopc: error: \(path): not an SOP document: no identity fields and no procedure table found\n")
    }

    /// Runs `sopc` with stdout and stderr sent to files; its exit status and its own peak resident
    /// memory in kilobytes: the largest VmHWM of /proc/PID/status read while it runs. (`wait4`'s
    /// `ru_maxrss` would not do: Linux carries the spawning process's own peak across the exec.)
    func peakMemory(_ arguments: [String], stdout: String, stderr: String) throws -> (status: Int32, kilobytes: Int) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let program = CLITests.binary.path
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        try #require(posix_spawn(&pid, program, &actions, nil, argv, environ) == 0)
        var status: Int32 = 0
        var peak = 0
        while wait4(pid, &status, WNOHANG, nil) == 0 {
            let report = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
            if let line = report.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) {
                peak = max(peak, kilobytes)
            }
            usleep(1_000)
        }
        return ((status & 0x7F) == 0 ? (status >> 8) & 0xFF : -(status & 0x7F), peak)
    }

    /// Issue 8: a 100 MB line inside a flattened (OCR) table body costs one pass, not per-word
    /// structures (it cost 1.2 GB): it is left out of the steps with a diagnostic, the rows around it read.
    @Test func aHugeLineInAFlattenedTableStaysUnder256MB() throws {
        let seed = CorpusGoldenTests.corpus.appendingPathComponent("lkj-ocr.txt")
        let huge = String(repeating: "kata tanpa akhir ", count: 6_200_000)   // 105 MB
        try expectHugeLineLeftOut(huge, after: "Menugaskan  Sekretaris", in: seed, name: "flattened-huge-line")
    }

    /// Issue 8: a tab-separated table row whose Kegiatan cell is 100 MB is left out of the steps with a
    /// warning before it is cut into cells (it peaked at 432–779 MB); the rows around it are read.
    @Test func aHugeCellInATabbedTableStaysUnder256MB() throws {
        let huge = "2\t" + String(repeating: "kata tanpa akhir ", count: 6_200_000) + "\t\t\t\t\tRapat\t3 Jam\tarahan\t"   // 105 MB
        try expectHugeLineLeftOut(huge, after: "1\tMenyiapkan surat", in: Self.tapin, name: "tabbed-huge-cell")
    }

    /// `huge` inserted after the first line of `seed` that starts with `rowStart` and parsed in a child:
    /// exit 0, a peak below 256 MB, a `table-line-too-long` warning at its line, and `seed`'s own steps.
    private func expectHugeLineLeftOut(_ huge: String, after rowStart: String, in seed: URL, name: String) throws {
        var lines = try String(contentsOf: seed, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = try #require(lines.firstIndex { $0.hasPrefix(rowStart) })
        lines.insert(huge, at: row + 1)
        let path = try write(Data(lines.joined(separator: "\n").utf8), "\(name).txt")
        let directory = try cli.temporaryDirectory()
        let json = directory.appendingPathComponent("\(name).json").path, errors = directory.appendingPathComponent("\(name).err").path
        let run = try peakMemory(["parse", path], stdout: json, stderr: errors)
        #expect(run.status == 0)
        #expect(run.kilobytes < 256 * 1024, "peak resident memory \(run.kilobytes) KB")
        let stderr = try String(contentsOfFile: errors, encoding: .utf8)
        #expect(stderr.contains("\(path):\(row + 2):1: warning: [table-line-too-long]"))
        let reference = try cli.sopc(["parse", "--quiet", seed.path])
        #expect(try steps(String(contentsOfFile: json, encoding: .utf8)) == (try steps(reference.stdout)))
    }

    @Test func aLongTableKeepsEveryRow() throws {
        let rows = 2_000   // sopc-bench runs 100 000
        let lines = try tapinText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let isRow = { (line: String) in line.split(separator: "\t", maxSplits: 1).first.map { Int($0) != nil } ?? false }
        let first = try #require(lines.firstIndex(where: isRow)), last = try #require(lines.lastIndex(where: isRow))
        let body = lines[first...last].filter(isRow).map { $0.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false).last ?? "" }
        let grown = (0..<rows).map { "\($0 + 1)\t\(body[$0 % body.count])" }
        let text = (lines[..<first] + grown + lines[(last + 1)...]).joined(separator: "\n")
        let run = try cli.sopc(["parse", "--quiet", try write(Data(text.utf8), "long.txt")])
        #expect(run.status == 0)
        let parsed = try steps(run.stdout)
        #expect(parsed.count == rows)
        #expect(parsed.last?.hasPrefix("\(rows) ") == true)
    }

    @Test(arguments: [String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
                      "{\"procedures\":" + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}",
                      String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000)])
    func deeplyNestedJSONIsRefusedByValidateAndDiff(_ json: String) throws {
        let path = try write(Data(json.utf8), "deep.json")
        let validate = try cli.sopc(["validate", path])
        #expect(validate.status == 3)
        #expect(validate.stderr.split(separator: "\n").count == 1)
        #expect(validate.stderr.contains("\(path): not JSON: line 1, column"))
        #expect(validate.stderr.contains("nesting deeper than 256 levels"))
        let diff = try cli.sopc(["diff", path, path])
        #expect(diff.status == 3)
        #expect(diff.stderr.split(separator: "\n").count == 1)
        #expect(diff.stderr.contains(path))
    }

    /// SOP JSON whose one procedure repeats Tapin's steps `count` times, numbered 1…count.
    func hugeJSON(steps count: Int) throws -> String {
        let golden = CorpusGoldenTests.corpus.appendingPathComponent("expected/tapin.json")
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: golden)) as? [String: Any])
        var procedures = try #require(document["procedures"] as? [[String: Any]])
        let seed = try #require(procedures.first?["steps"] as? [[String: Any]])
        procedures[0]["steps"] = (0..<count).map { index in
            var step = seed[index % seed.count]
            step["number"] = index + 1
            step["line"] = NSNull()
            return step
        }
        document["procedures"] = procedures
        return try write(try JSONSerialization.data(withJSONObject: document), "huge-\(count).json")
    }

    @Test func hugeJSONIsValidatedAndDiffed() throws {
        let path = try hugeJSON(steps: 5_000)
        var start = Date()
        let validate = try cli.sopc(["validate", "--format", "json", path])
        #expect(Date().timeIntervalSince(start) < 60)
        #expect(validate.status == 0 || validate.status == 1)
        #expect(validate.stdout.contains("\"warnings\""))
        start = Date()
        let same = try cli.sopc(["diff", path, path])
        #expect(Date().timeIntervalSince(start) < 60)
        #expect(same.status == 0 && same.stderr.isEmpty)
        let shorter = try hugeJSON(steps: 4_999)
        let diff = try cli.sopc(["diff", "--ignore-renumbering", "--format", "json", path, shorter])
        #expect(diff.status == 1)
        let report = try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any]
        let changes = report?["changes"] as? [[String: Any]] ?? []
        #expect(changes.map { "\($0["kind"] ?? "") \($0["label"] ?? "")" } == ["removed step 5000"])
    }
}
