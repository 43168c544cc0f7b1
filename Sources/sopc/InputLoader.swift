import Foundation
import SOPModel
import SOPReader

/// Reads one input (a path or `-` for stdin) and parses it, turning every failure into a one-line
/// message that names the file.
enum InputLoader {
    static func read(_ path: String) throws(CommandFailure) -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(code: .badInput, message: "\(path): no such file")
        }
        guard !isDirectory.boolValue else {
            throw CommandFailure(code: .badInput, message: "\(path): is a directory")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(code: .badInput, message: "\(path): cannot be read")
        }
        return data
    }

    static func parse(_ path: String) throws(CommandFailure) -> Document {
        try parse(path: path, data: try read(path))
    }

    /// Parses input already read from `path`.
    static func parse(path: String, data: Data) throws(CommandFailure) -> Document {
        do {
            return try SOPParser.parse(data: data, path: path == "-" ? "<stdin>" : path)
        } catch {
            throw CommandFailure(code: .badInput, message: "\(path): \(error)")
        }
    }
}
