import Foundation
import SOPCheck

/// `sopc build INPUT... -o OUTDIR`: every document of the inputs (`BuildInputs`) built on all cores
/// (`OrderedWorkerPool`, `DocumentBuilder`) into OUTDIR/<name>.json, .md, .dot, .svg and .html, with
/// OUTDIR/report.json and report.md (`BuildReport`) and progress on stderr (`BuildProgress`).
enum BuildCommand {
    static let help = """
    usage: sopc build INPUT... -o OUTDIR [--quiet] [--jobs N]

    Takes files, and folders searched recursively for .txt .md .json .pdf .png .jpg .jpeg .tif .tiff
    (hidden entries, the output folder and folders named `expected` are skipped; subfolders are
    mirrored under OUTDIR). Each document is parsed (or, for SOP JSON, loaded), validated against
    the schema and the lint rules (as `sopc validate`) and written as OUTDIR/<name>.json, .md, .dot,
    .svg and .html; OUTDIR/report.json and report.md list every document, worst first. Documents are
    built in parallel, every file is written atomically, and a failing document never stops the batch.

    Findings go to stderr in input order, with progress (a bar on a terminal, plain lines otherwise).

      -o, --out-dir DIR   where the renderings and the report go (created if needed)
      -j, --jobs N        worker threads (default: all cores)
      -q, --quiet         no findings and no progress; failures are still reported

    exit status: 0 all built (findings do not change it; use `sopc validate` to gate on them),
                 2 usage, 3 some document could not be read, is not an SOP document, or could not be written
    """

    static func run(_ arguments: [String]) throws(CommandFailure) -> ExitCode {
        var outDir: String?
        var quiet = false
        var jobs = OrderedWorkerPool.coreCount
        var inputs: [String] = []
        var args = ArgumentCursor(arguments, usage: usage)
        while let arg = args.next() {
            switch arg {
            case "-h", "--help":
                print(help)
                return .ok
            case "-o", "--out-dir":
                outDir = try args.value(after: arg, needs: "a directory")
            case "-j", "--jobs":
                guard let count = Int(try args.value(after: arg, needs: "a positive number")), count > 0 else { throw usage("\(arg) needs a positive number") }
                jobs = count
            case "-q", "--quiet":
                quiet = true
            default:
                inputs.append(try args.operand(arg, stdinAllowed: false))
            }
        }
        guard let outDir else { throw usage("-o OUTDIR is required") }
        guard !inputs.isEmpty else { throw usage("no input") }
        let out = URL(fileURLWithPath: outDir)
        try createDirectory(out)

        let start = Date()
        let (documents, problems) = BuildInputs.discover(inputs, outDir: out)
        let workers = OrderedWorkerPool.workerCount(jobs: documents.count, requested: jobs)
        // One validator per worker thread: the schema validator holds regular expressions.
        var validators: [Validator] = []
        do { for _ in 0..<workers { validators.append(try Validator()) } } catch {
            throw CommandFailure(code: .badInput, message: "the embedded schema cannot be used: \(error)")
        }
        for folder in Set(documents.map { out.appendingPathComponent($0.outputName, isDirectory: false).deletingLastPathComponent() }) {
            try createDirectory(folder)
        }
        var outcomes = problems.map { BuildOutcome.failed($0.input, outputName: nil, $0.message) }
        for outcome in outcomes { printError("sopc: error: \(outcome.failure ?? "")") }
        let progress = BuildProgress(total: documents.count, quiet: quiet)
        OrderedWorkerPool.run(jobs: documents.count, workers: workers, makeWorker: { worker in
            let builder = DocumentBuilder(outPath: out.path, validator: validators[worker], keepFindings: !quiet)
            return { index in builder.build(documents[index]) }
        }, completed: progress.update(done:), deliver: { (_, outcome: BuildOutcome) in
            if let failure = outcome.failure {
                progress.printAbove("sopc: error: \(failure)\n")
            } else {
                progress.printAbove(outcome.findingLines)
            }
            var kept = outcome
            kept.findingLines = ""
            outcomes.append(kept)
        })
        progress.finish()

        let report = BuildReport(outcomes)
        do {
            try AtomicFile.write(report.json(), to: out.appendingPathComponent("report.json", isDirectory: false))
            try AtomicFile.write(report.markdown(), to: out.appendingPathComponent("report.md", isDirectory: false))
        } catch {
            throw CommandFailure(code: .badInput, message: "\(error)")
        }
        let totals = report.totals
        let seconds = Date().timeIntervalSince(start)
        print("built \(totals.built) document\(totals.built == 1 ? "" : "s") into \(outDir)"
              + (totals.failed > 0 ? ", \(totals.failed) failed" : "")
              + " (findings: \(totals.errors) errors, \(totals.warnings) warnings, \(totals.notes) notes)"
              + " in \(String(format: "%.2f", seconds)) s; report: \(out.appendingPathComponent("report.md").path)")
        return totals.failed > 0 ? .badInput : .ok
    }

    private static func createDirectory(_ url: URL) throws(CommandFailure) {
        do { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) } catch {
            throw CommandFailure(code: .badInput, message: "\(url.path): cannot create directory: \(error.localizedDescription)")
        }
    }

    private static func usage(_ message: String) -> CommandFailure {
        CommandFailure(code: .usage, message: "build: \(message)\n\(help)")
    }
}
