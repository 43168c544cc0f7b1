import Foundation

/// Writes a file so that readers only ever see the old file or the complete new one: the bytes go
/// to a hidden temporary file beside the target, which is then renamed over it. An interrupted run
/// can leave a `.NAME.tmp-…` file behind, never a half-written NAME.
enum AtomicFile {
    /// Why a file could not be written.
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): cannot write: \(reason)" }
    }

    static func write(_ data: Data, to target: URL) throws(WriteError) {
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).tmp-\(getpid())-\(UUID().uuidString.prefix(8))")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw WriteError(path: target.path, reason: "cannot create a file in \(directory.path)")
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: target.path, reason: reason)
        }
    }
}
