import Foundation
import SOPModel
import SOPReader

/// Reads one input (a path or `-` for stdin; a PDF or an image goes through `ExternalTextExtractor`) and parses it, turning every failure into a one-line
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
        let data: Data
        if path != "-", let tool = ExternalTextExtractor.tool(for: path) {
            _ = try read(path)
            data = try ExternalTextExtractor.extract(path, with: tool)
        } else {
            data = try read(path)
        }
        do {
            return try SOPParser.parse(data: data, path: path == "-" ? "<stdin>" : path)
        } catch {
            throw CommandFailure(code: .badInput, message: "\(path): \(error)")
        }
    }
}
