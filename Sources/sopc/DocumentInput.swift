import Foundation
import SOPModel
import SOPReader

/// Reads a document for the commands that take a model (`diff`, `render`): SOP JSON when its first non-blank character is `{`, otherwise
/// anything `parse` reads (which is then parsed).
enum DocumentInput {
    static func load(_ path: String) throws(CommandFailure) -> Document {
        let data = try InputLoader.read(path)
        guard looksLikeJSON(data) else {
            return try InputLoader.parse(consume data, path: path == "-" ? "<stdin>" : path)
        }
        do {
            return try DocumentJSON.decode(data)
        } catch let error as DecodingError {
            throw CommandFailure(code: .badInput, message: "\(path): not SOP JSON: \(describe(error))")
        } catch {
            throw CommandFailure(code: .badInput, message: "\(path): \(error)")
        }
    }

    /// True when the first byte after whitespace and a UTF-8 byte-order mark opens a JSON object.
    static func looksLikeJSON(_ data: Data) -> Bool {
        let blank: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF]
        return data.first(where: { !blank.contains($0) }) == UInt8(ascii: "{")
    }

    /// "metadata.title: expected String" rather than the decoder's nested dump.
    private static func describe(_ error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): context = c
        case .keyNotFound(let key, let c):
            let path = (c.codingPath + [key]).map(\.stringValue).joined(separator: ".")
            return "missing key \(path)"
        @unknown default: return "\(error)"
        }
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
    }
}
