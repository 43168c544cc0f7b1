import Foundation

/// The independent validator: Tests/SOPModelTests/validate_schema.py (python jsonschema, draft 2020-12).
enum PythonJSONSchema {
    /// Whether python3 with jsonschema can run; when not, prints the SKIP line once.
    static let isAvailable: Bool = {
        let available = (try? run(["python3", "-c", "import jsonschema"]))?.status == 0
        if !available { print("SKIP SchemaAgreementTests: python3 jsonschema not installed") }
        return available
    }()

    /// Per file: nil when valid, else the JSON pointer python reports for its best-matching error.
    static func pointers(_ files: [URL]) throws -> [String: String?] {
        let script = PackageFiles.url("Tests/SOPModelTests/validate_schema.py").path
        let result = try run(["python3", script, PackageFiles.url("Schemas/sop.schema.json").path] + files.map(\.path))
        var verdicts: [String: String?] = [:]
        for line in result.output.split(separator: "\n").map(String.init) {
            if line.hasPrefix("ok ") {
                verdicts[String(line.dropFirst(3))] = .some(nil)
            } else if line.hasPrefix("invalid "), let separator = line.range(of: ".json: ") {
                let path = String(line[line.index(line.startIndex, offsetBy: 8)..<separator.lowerBound]) + ".json"
                let message = line[separator.upperBound...]
                verdicts[path] = String(message.prefix { $0 != ":" })
            }
        }
        return verdicts
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
