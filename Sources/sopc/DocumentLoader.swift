import Foundation
import SOPModel

/// Loads a document for the commands that accept either SOP JSON or anything `parse` reads:
/// input whose first non-blank character is `{` is decoded as SOP JSON, anything else is parsed.
enum DocumentLoader {
    static func load(_ path: String) throws(CommandFailure) -> Document {
        let data = try InputLoader.read(path)
        guard looksLikeJSON(data) else { return try InputLoader.parse(path: path, data: data) }
        do {
            return try DocumentJSON.decode(data)
        } catch let error as SchemaVersionError {
            throw CommandFailure(code: .badInput, message: "\(path): \(error.description)")
        } catch {
            throw CommandFailure(code: .badInput, message: "\(path): not valid SOP JSON (\(error.localizedDescription))")
        }
    }

    private static func looksLikeJSON(_ data: Data) -> Bool {
        for byte in data.prefix(4096) {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF: continue
            case UInt8(ascii: "{"): return true
            default: return false
            }
        }
        return false
    }
}
