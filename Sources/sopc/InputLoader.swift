import Foundation
import SOPModel
import SOPReader

/// Reads one input (a path or `-` for stdin) and parses it, turning every failure into a one-line
/// message that names the file. PDFs and images are turned into text first (`ExternalTextExtractor`).
enum InputLoader {
    /// The input's bytes; for a PDF or an image, the text extracted from it.
    static func read(_ path: String) throws(CommandFailure) -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        let tool = ExternalTextExtractor.tool(for: path)
        if tool == nil, let data = readRegularFile(path) { return data }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(code: .badInput, message: "\(path): no such file")
        }
        guard !isDirectory.boolValue else {
            throw CommandFailure(code: .badInput, message: "\(path): is a directory")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw CommandFailure(code: .badInput, message: "\(path): cannot be read")
        }
        if let tool {
            return try ExternalTextExtractor.extract(path, with: tool)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(code: .badInput, message: "\(path): cannot be read")
        }
        return data
    }

    /// The bytes of a regular file in four system calls (open, fstat, read, close); nil when it
    /// cannot be opened or is not a regular file, and `read` then finds out why as before.
    private static func readRegularFile(_ path: String) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        // Room for one byte more than the size: a read that does not fill the room reached the end
        // (a regular file reads short only there); a file that grew meanwhile is read on.
        var data = Data(count: max(Int(status.st_size), 0) + 1)
        var count = 0
        while true {
            let room = data.count - count
            let read = data.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { Foundation.read(descriptor, $0 + count, room) } ?? 0
            }
            if read < 0 && errno == EINTR { continue }
            guard read >= 0 else { return nil }
            count += read
            if read < room { break }
            data.count *= 2
        }
        data.count = count
        return data
    }

    static func parse(_ path: String) throws(CommandFailure) -> Document {
        try parse(try read(path), path: path == "-" ? "<stdin>" : path)
    }

    /// Parses bytes already read; `path` names the document in `source.path` and in messages. The bytes
    /// are freed once decoded when the caller passes them with `consume`.
    static func parse(_ data: consuming Data, path: String) throws(CommandFailure) -> Document {
        do {
            return try SOPParser.parse(data: consume data, path: path)
        } catch {
            throw CommandFailure(code: .badInput, message: "\(path): \(error)")
        }
    }
}
