import Foundation
import SOPReader

/// sopc-bench: parse, validate and render throughput over a synthetic corpus, a scaling run, the
/// batch build, and the full-size bad inputs. Build it in release: `swift build -c release`, then
/// `.build/release/sopc-bench` (from the repository root; `--corpus DIR` to use other seeds).
let usage = """
usage: sopc-bench [--smoke] [--documents N] [--corpus DIR] [--bad-input-timeout SECONDS]
       sopc-bench --write-corpus DIR [--documents N] [--corpus DIR]

  --smoke         small sizes, a few seconds (CI); fails (exit 1) when a run fails
  --documents N   synthetic documents per stage and for the build (default 10000)
  --corpus DIR    the seed .txt files (default Corpus)
  --bad-input-timeout SECONDS   how long the full-size bad inputs may take (default 600)
  --write-corpus DIR  only write the synthetic documents to DIR (docNNNNN.txt) and stop
"""

struct Options {
    var smoke = false
    var documents = 10_000
    var corpus = "Corpus"
    var stage: StageRunner.Stage?
    var result: String?
    var badInputTimeout: Double = 600
    var writeCorpus: String?
}

func parseOptions() -> Options {
    var options = Options()
    var rest = CommandLine.arguments.dropFirst()
    while let arg = rest.popFirst() {
        switch arg {
        case "--smoke": options.smoke = true; options.documents = 20
        case "--documents": options.documents = rest.popFirst().flatMap { Int($0) }.map { max(1, $0) } ?? options.documents
        case "--corpus": options.corpus = rest.popFirst() ?? options.corpus
        case "--stage": options.stage = rest.popFirst().flatMap(StageRunner.Stage.init(rawValue:))
        case "--result": options.result = rest.popFirst()
        case "--write-corpus": options.writeCorpus = rest.popFirst()
        case "--bad-input-timeout": options.badInputTimeout = rest.popFirst().flatMap { Double($0) } ?? options.badInputTimeout
        default:
            FileHandle.standardError.write(Data((usage + "\n").utf8))
            exit(arg == "-h" || arg == "--help" ? 0 : 2)
        }
    }
    return options
}

/// Prints a line at once (stdout to a file is block-buffered, and a full run takes minutes).
func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func megabytes(_ bytes: Int) -> Double { Double(bytes) / 1_000_000 }
func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

let options = parseOptions()
let corpusFolder = URL(fileURLWithPath: options.corpus)
let corpus: SyntheticCorpus
do { corpus = try SyntheticCorpus(folder: corpusFolder) } catch {
    FileHandle.standardError.write(Data("sopc-bench: cannot read seeds from \(options.corpus): \(error)\n".utf8))
    exit(2)
}

// Child mode: one stage, its result as JSON in the file the parent named.
if let stage = options.stage, let result = options.result {
    do {
        let measured = try StageRunner.run(stage, corpus: corpus, documents: options.documents)
        try JSONEncoder().encode(measured).write(to: URL(fileURLWithPath: result))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("sopc-bench: \(stage.rawValue): \(error)\n".utf8))
        exit(1)
    }
}

/// Writes documents `0..<count` of the synthetic corpus to `folder` as docNNNNN.txt; returns their bytes.
func writeCorpus(to folder: URL, count: Int) -> Int {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var bytes = 0
    for index in 0..<count {
        let text = corpus.document(index).text
        bytes += text.utf8.count
        try? Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "doc%05d.txt", index)))
    }
    return bytes
}

// Corpus mode: the synthetic documents on disk, to compare two builds' outputs or to profile one.
if let folder = options.writeCorpus {
    let bytes = writeCorpus(to: URL(fileURLWithPath: folder), count: options.documents)
    emit("wrote \(options.documents) documents (\(format(megabytes(bytes))) MB) to \(folder)")
    exit(0)
}

let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
let sopc = executable.deletingLastPathComponent().appendingPathComponent("sopc").path
let work = FileManager.default.temporaryDirectory.appendingPathComponent("sopc-bench-\(getpid())")
try? FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }
var failed: [String] = []
let timeout: Double = options.smoke ? 120 : 3600

emit("# sopc-bench\(options.smoke ? " --smoke" : "")")
emit("\n\(ProcessInfo.processInfo.activeProcessorCount) cores; seeds: \(corpus.seeds.map(\.name).joined(separator: ", ")); \(options.documents) synthetic documents\n")

// 1. The stages, each in a child process of its own so its peak memory is its own.
emit("| stage (1 thread) | documents | MB | seconds | MB/s | documents/s | peak RSS MB |")
emit("|---|---:|---:|---:|---:|---:|---:|")
for stage in StageRunner.Stage.allCases {
    let resultFile = work.appendingPathComponent("\(stage.rawValue).json")
    let run = ChildProcess.run(executable.path, ["--stage", stage.rawValue, "--documents", "\(options.documents)",
                                                 "--corpus", options.corpus, "--result", resultFile.path], timeout: timeout)
    guard run.status == 0, let data = try? Data(contentsOf: resultFile),
          let result = try? JSONDecoder().decode(StageRunner.Result.self, from: data) else {
        emit("| \(stage.rawValue) | failed (exit \(run.status)\(run.timedOut ? ", timed out" : "")) | | | | | |")
        failed.append(stage.rawValue)
        continue
    }
    if result.failures > 0 { failed.append("\(stage.rawValue): \(result.failures) documents failed") }
    emit("| \(stage.rawValue) | \(result.documents) | \(format(megabytes(result.bytes))) | \(format(result.seconds, 2)) "
          + "| \(format(megabytes(result.bytes) / result.seconds, 2)) | \(format(Double(result.documents) / result.seconds)) "
          + "| \(format(Double(result.peakRSSKilobytes) / 1024)) |")
}

// 2. Scaling: one document grown 1×, 10×, 100× (parse, best of three runs; --smoke stops at 10×).
emit("\n| parse of one document grown | MB | seconds | × time of 1× |")
emit("|---|---:|---:|---:|")
var baseline: Double?
for factor in options.smoke ? [1, 10] : [1, 10, 100] {
    let text = corpus.grown(by: factor)
    var best = Double.infinity
    for _ in 0..<(factor == 100 ? 1 : 3) {
        let start = DispatchTime.now()
        _ = try? SOPParser.parse(text: text, path: "grown-\(factor)")
        best = min(best, StageRunner.elapsed(since: start))
    }
    let base = baseline ?? best
    baseline = base
    emit("| \(factor)× | \(format(megabytes(text.utf8.count), 3)) | \(format(best, 3)) | \(format(best / base)) |")
}

// 3. The batch: `sopc build` of the synthetic corpus on all cores.
let input = work.appendingPathComponent("corpus")
let corpusBytes = writeCorpus(to: input, count: options.documents)
let build = ChildProcess.run(sopc, ["build", input.path, "-o", work.appendingPathComponent("out").path, "--quiet"], timeout: timeout)
emit("\n| sopc build (all cores) | documents | MB | seconds | documents/s | peak RSS MB | exit |")
emit("|---|---:|---:|---:|---:|---:|---:|")
emit("| \(options.documents) synthetic | \(options.documents) | \(format(megabytes(corpusBytes))) | \(format(build.seconds, 2)) "
      + "| \(format(Double(options.documents) / build.seconds)) | \(format(Double(build.peakRSSKilobytes) / 1024)) "
      + "| \(build.timedOut ? "timed out" : "\(build.status)") |")
if build.status != 0 { failed.append("build exit \(build.status)") }
try? FileManager.default.removeItem(at: input)
try? FileManager.default.removeItem(at: work.appendingPathComponent("out"))

// 4. Bad input at full size: `sopc parse` of one huge line and of one huge table.
let lineBytes = options.smoke ? 50_000 : 100_000_000
let tableRows = options.smoke ? 300 : 100_000
let words = "kata tanpa akhir "
let hugeLine = work.appendingPathComponent("line.txt")
if let handle = (FileManager.default.createFile(atPath: hugeLine.path, contents: nil) ? FileHandle(forWritingAtPath: hugeLine.path) : nil) {
    let chunk = Data(String(repeating: words, count: 1_000_000 / words.utf8.count).utf8)
    var written = 0
    while written < lineBytes {
        let part = chunk.prefix(lineBytes - written)
        handle.write(part)
        written += part.count
    }
    try? handle.close()
}
let table = work.appendingPathComponent("table.txt")
let grownTable = corpus.grown(by: max(1, tableRows / max(1, corpus.seeds.map(\.rows.count).max() ?? 1)))
try? Data(grownTable.utf8).write(to: table)
emit("\n| bad input (sopc parse) | MB | seconds | peak RSS MB | exit |")
emit("|---|---:|---:|---:|---:|")
for (label, file) in [("one line", hugeLine), ("long table", table)] {
    let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
    let limit = options.smoke ? timeout : options.badInputTimeout
    let run = ChildProcess.run(sopc, ["parse", "--quiet", file.path, "-o", work.appendingPathComponent("bad.json").path], timeout: limit)
    emit("| \(label) | \(format(megabytes(size))) | \(format(run.seconds, 2)) | \(format(Double(run.peakRSSKilobytes) / 1024)) "
          + "| \(run.timedOut ? "stopped after \(Int(limit)) s" : "\(run.status)") |")
    if run.timedOut || !(run.status == 0 || run.status == 3) { failed.append("\(label): exit \(run.status)") }
}

if !failed.isEmpty {
    emit("\nfailed: \(failed.joined(separator: "; "))")
    exit(options.smoke ? 1 : 0)
}
