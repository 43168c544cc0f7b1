import Foundation

/// Writes a file so that readers only ever see the old file or the complete new one: the bytes go
/// to a hidden temporary file beside the target (created exclusively, so two writers never share
/// one), which is then renamed over it. An interrupted run can leave a `.NAME.tmp-…` file behind,
/// never a half-written NAME. There is no fsync: the rename makes the file whole for every reader,
/// and a build is simply run again after a machine crash.
enum AtomicFile {
    /// Why a file could not be written.
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): cannot write: \(reason)" }
    }

    static func write(_ data: Data, to target: URL) throws(WriteError) {
        let result = data.withUnsafeBytes { bytes in Result { () throws(WriteError) in try write(bytes, toPath: target.path) } }
        try result.get()
    }

    static func write(_ bytes: [UInt8], to target: URL) throws(WriteError) {
        try write(bytes, toPath: target.path)
    }

    static func write(_ text: String, to target: URL) throws(WriteError) {
        var text = text
        let result = text.withUTF8 { bytes in Result { () throws(WriteError) in try write(UnsafeRawBufferPointer(bytes), toPath: target.path) } }
        try result.get()
    }

    /// Writes `bytes` to the file at `path` (a file path, not a URL string).
    static func write(_ bytes: [UInt8], toPath path: String) throws(WriteError) {
        let result = bytes.withUnsafeBytes { bytes in Result { () throws(WriteError) in try write(bytes, toPath: path) } }
        try result.get()
    }

    /// Writes `bytes` to the file at `target` (a file path, not a URL string).
    static func write(_ bytes: UnsafeRawBufferPointer, toPath target: String) throws(WriteError) {
        // The temporary file goes beside the target: ".NAME.tmp-PID-N" in the same folder.
        let slash = target.utf8.lastIndex(of: UInt8(ascii: "/"))
        let directory = slash.map { String(target[..<$0]) } ?? "."
        let prefix = slash.map { String(target[...$0]) } ?? ""
        let name = slash.map { String(target[target.utf8.index(after: $0)...]) } ?? target
        // A name left behind by an interrupted run with the same process id is passed over.
        var temporary = ""
        var descriptor: Int32 = -1
        for _ in 0..<100 {
            temporary = "\(prefix).\(name).tmp-\(processID)-\(TemporaryNames.next())"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else {
            throw WriteError(path: target, reason: "cannot create a file in \(directory.isEmpty ? "/" : directory): \(String(cString: strerror(errno)))")
        }
        var written = 0
        while written < bytes.count {
            let count = Foundation.write(descriptor, bytes.baseAddress.map { $0 + written }, bytes.count - written)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                unlink(temporary)
                throw WriteError(path: target, reason: reason)
            }
            written += count
        }
        guard close(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(path: target, reason: reason)
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(path: target, reason: reason)
        }
    }

    /// This process's id, asked once (each `getpid` is a system call).
    private static let processID = getpid()

    /// A process-wide counter: with the process id it makes each temporary name unique.
    private enum TemporaryNames {
        private static let lock = NSLock()
        nonisolated(unsafe) private static var counter = 0

        static func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            counter += 1
            return counter
        }
    }
}
