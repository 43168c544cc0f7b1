import Foundation
import SOPModel
import SOPReader

/// Reads one input (a path or `-` for stdin) and parses it, turning every failure into a one-line
/// message that names the file. PDFs and images are turned into text first (`ExternalTextExtractor`).
enum InputLoader {
    /// The input's bytes; for a PDF or an image, the text extracted from it.
    static func read(_ path: String) throws(CommandFailure) -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
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
        if let tool = ExternalTextExtractor.tool(for: path) {
            return try ExternalTextExtractor.extract(path, with: tool)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(code: .badInput, message: "\(path): cannot be read")
        }
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
