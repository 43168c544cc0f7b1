import Foundation

/// Finds and runs the external programs some writer tests need (pandoc, dot, rsvg-convert, chromium,
/// pdftotext). A test whose program is missing is disabled and says so on stdout.
enum ExternalTool {
    static func path(_ name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// True when every program is installed; otherwise prints "SKIP <test>: <program> not installed".
    static func available(_ names: String..., for test: String) -> Bool {
        for name in names where path(name) == nil {
            print("SKIP \(test): \(name) not installed")
            return false
        }
        return true
    }

    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    static func run(_ name: String, _ arguments: [String], stdin: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path(name) ?? name)
        process.arguments = arguments
        // stderr goes to a file so a chatty program cannot block on a full pipe while we read stdout.
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("sopwriters-stderr-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: errURL.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        defer { try? FileManager.default.removeItem(at: errURL) }
        let errHandle = try FileHandle(forWritingTo: errURL)
        let out = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = errHandle
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errHandle.close()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        return Result(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sopwriters-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
