import Foundation

/// Runs Tests/SOPModelTests/validate_schema.py (python jsonschema) over files and reports a verdict per file.
enum PythonSchemaValidator {
    /// The verdict of python jsonschema on one file.
    enum Verdict: Equatable {
        case valid
        case invalid(String)
        /// The script printed no line for the file.
        case missing
    }

    /// The package root, found from this file's path (Tests/SOPModelTests/ThisFile.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let schema = packageRoot.appendingPathComponent("Schemas/sop.schema.json")
    static let script = packageRoot.appendingPathComponent("Tests/SOPModelTests/validate_schema.py")

    /// Whether python3 with the jsonschema module can be run. When not, prints the skip line once.
    static let isAvailable: Bool = {
        let available = (try? run(["python3", "-c", "import jsonschema"]))?.status == 0
        if !available {
            print("SKIP schema conformance: python3 jsonschema not installed")
        }
        return available
    }()

    /// Validates `files` against the schema; one verdict per file, keyed by path.
    static func validate(_ files: [URL]) throws -> [String: Verdict] {
        let paths = files.map(\.path)
        let result = try run(["python3", script.path, schema.path] + paths)
        guard result.status == 0 || result.status == 1 else {
            throw ValidatorFailure(status: result.status, output: result.output)
        }
        let lines = result.output.split(separator: "\n").map(String.init)
        var verdicts: [String: Verdict] = [:]
        for path in paths {
            verdicts[path] = .missing
        }
        for line in lines {
            if let path = paths.first(where: { line == "ok \($0)" }) {
                verdicts[path] = .valid
            } else if let path = paths.first(where: { line.hasPrefix("invalid \($0): ") }) {
                verdicts[path] = .invalid(String(line.dropFirst("invalid \(path): ".count)))
            }
        }
        return verdicts
    }

    /// The script could not validate at all (bad schema, crash).
    struct ValidatorFailure: Error, CustomStringConvertible {
        var status: Int32
        var output: String
        var description: String { "validate_schema.py exited with \(status): \(output)" }
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
