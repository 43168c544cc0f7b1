import Foundation

/// Turns a PDF or a scanned image into text with an external program: `pdftotext -layout` (Debian
/// package poppler-utils) for .pdf, `tesseract … -l ind` (tesseract-ocr, tesseract-ocr-ind) for
/// .png/.jpg/.jpeg/.tif/.tiff. The program runs through `Process` with a timeout.
enum ExternalTextExtractor {
    /// One external program and how to call it on a file.
    struct Tool: Sendable {
        var program: String
        var package: String
        var arguments: @Sendable (String) -> [String]
    }

    static let pdf = Tool(program: "pdftotext", package: "poppler-utils") { ["-layout", "-enc", "UTF-8", $0, "-"] }
    static let ocr = Tool(program: "tesseract", package: "tesseract-ocr and tesseract-ocr-ind") { [$0, "stdout", "-l", "ind"] }

    /// Seconds a program may run before it is stopped.
    static let timeout: TimeInterval = 300

    /// The tool for a path by its extension, nil for text input.
    static func tool(for path: String) -> Tool? {
        switch URL(fileURLWithPath: path, isDirectory: false).pathExtension.lowercased() {   // no file system look-up
        case "pdf": return pdf
        case "png", "jpg", "jpeg", "tif", "tiff": return ocr
        default: return nil
        }
    }

    /// The text the tool extracts from `path`; failures name the file and, for a missing program, the package.
    static func extract(_ path: String, with tool: Tool) throws(CommandFailure) -> Data {
        guard let executable = locate(tool.program) else {
            throw CommandFailure(code: .badInput,
                                 message: "\(path): reading this file needs \(tool.program), which is not installed (Debian package \(tool.package))")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = tool.arguments(path)
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch {
            throw CommandFailure(code: .badInput, message: "\(path): cannot run \(tool.program): \(error.localizedDescription)")
        }
        let collected = Collector()
        let readers = DispatchGroup()
        for (pipe, isOutput) in [(output, true), (errors, false)] {
            DispatchQueue.global().async(group: readers) {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.store(data, isOutput: isOutput)
            }
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = readers.wait(timeout: .now() + 5)
            throw CommandFailure(code: .badInput, message: "\(path): \(tool.program) did not finish within \(Int(timeout)) seconds")
        }
        readers.wait()
        guard process.terminationStatus == 0 else {
            let reason = String(decoding: collected.errors, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
            throw CommandFailure(code: .badInput,
                                 message: "\(path): \(tool.program) failed (exit \(process.terminationStatus))\(reason.isEmpty ? "" : ": \(reason)")")
        }
        return collected.output
    }

    /// The program's path on PATH, or nil.
    static func locate(_ program: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(program)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// What the reader threads collect from the program's two pipes.
    private final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private var out = Data()
        private var err = Data()

        func store(_ data: Data, isOutput: Bool) {
            lock.lock()
            defer { lock.unlock() }
            if isOutput { out = data } else { err = data }
        }

        var output: Data {
            lock.lock()
            defer { lock.unlock() }
            return out
        }

        var errors: Data {
            lock.lock()
            defer { lock.unlock() }
            return err
        }
    }
}
