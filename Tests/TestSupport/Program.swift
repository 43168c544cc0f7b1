import Foundation

/// Finds and runs external programs for the tests. stdin is written and stderr is read on their own
/// threads while stdout is read, so no pipe can fill up and block the child (or the test).
public enum Program {
    /// What a finished program left: exit status, stdout bytes, stderr text.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: Data
        public var stderr: String
        /// stdout decoded as UTF-8.
        public var output: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// The full path of `name` on PATH, or nil when it is not installed.
    public static func path(_ name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// True when every program is installed; otherwise prints "SKIP <test>: <program> not installed".
    public static func available(_ names: String..., for test: String) -> Bool {
        for name in names where path(name) == nil {
            print("SKIP \(test): \(name) not installed")
            return false
        }
        return true
    }

    /// Runs `name` (looked up on PATH) with `arguments`.
    public static func run(_ name: String, _ arguments: [String], stdin: Data? = nil) throws -> Result {
        try run(URL(fileURLWithPath: path(name) ?? name), arguments, stdin: stdin)
    }

    /// Runs the executable at `executable` and waits for it.
    public static func run(_ executable: URL, _ arguments: [String], stdin: Data? = nil,
                           environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        let group = DispatchGroup()
        let errData = Collected()
        DispatchQueue.global().async(group: group) {
            errData.set(err.fileHandleForReading.readDataToEndOfFile())
        }
        let writer = input.fileHandleForWriting
        ignoreBrokenPipes
        DispatchQueue.global().async(group: group) {
            // A program that exits before reading all of stdin must fail its test, not kill the test process.
            if let stdin { try? writer.write(contentsOf: stdin) }
            try? writer.close()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: outData,
                      stderr: String(decoding: errData.value, as: UTF8.self))
    }

    /// SIGPIPE ignored once, so writing to a program that has exited gives an error instead.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Bytes handed over from a reading thread.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func set(_ newValue: Data) { lock.withLock { data = newValue } }
        var value: Data { lock.withLock { data } }
    }
}
