import Foundation

/// The independent schema validator: Tests/TestSupport/validate_schema.py (python jsonschema,
/// draft 2020-12), run over files against Schemas/sop.schema.json.
public enum PythonJSONSchema {
    /// The verdict of python jsonschema on one file.
    public enum Verdict: Equatable, Sendable {
        case valid
        /// The message is "POINTER: what is wrong".
        case invalid(String)
        /// The script printed no line for the file.
        case missing

        /// The JSON pointer of the reported error, for an invalid file.
        public var pointer: String? {
            guard case .invalid(let message) = self else { return nil }
            return String(message.prefix { $0 != ":" })
        }
    }

    /// Whether python3 with the jsonschema module can be run. When not, prints
    /// "SKIP <test>: python3 jsonschema not installed".
    public static func isAvailable(for test: String) -> Bool {
        let available = (try? Program.run("python3", ["-c", "import jsonschema"]))?.status == 0
        if !available { print("SKIP \(test): python3 jsonschema not installed") }
        return available
    }

    /// Validates `files`; one verdict per file path.
    public static func validate(_ files: [URL]) throws -> [String: Verdict] {
        let paths = files.map(\.path)
        let script = PackageFiles.url("Tests/TestSupport/validate_schema.py").path
        let result = try Program.run("python3", [script, PackageFiles.url("Schemas/sop.schema.json").path] + paths)
        guard result.status == 0 || result.status == 1 else {
            throw Failure(status: result.status, output: result.output + result.stderr)
        }
        var verdicts = Dictionary(paths.map { ($0, Verdict.missing) }, uniquingKeysWith: { first, _ in first })
        for line in result.output.split(separator: "\n").map(String.init) {
            if line.hasPrefix("ok "), verdicts[String(line.dropFirst(3))] != nil {
                verdicts[String(line.dropFirst(3))] = .valid
            } else if line.hasPrefix("invalid "), let path = invalidPath(line, among: verdicts) {
                verdicts[path] = .invalid(String(line.dropFirst("invalid \(path): ".count)))
            }
        }
        return verdicts
    }

    /// The path in "invalid PATH: POINTER: message": the longest prefix ending before ": " that is a
    /// validated path (paths may hold ": " themselves).
    private static func invalidPath(_ line: String, among verdicts: [String: Verdict]) -> String? {
        let rest = line.dropFirst("invalid ".count)
        var candidate: String?
        var search = rest.startIndex
        while let separator = rest[search...].range(of: ": ") {
            let prefix = String(rest[..<separator.lowerBound])
            if verdicts[prefix] != nil { candidate = prefix }
            search = separator.upperBound
        }
        return candidate
    }

    /// The script could not validate at all (bad schema, crash).
    public struct Failure: Error, CustomStringConvertible {
        public var status: Int32
        public var output: String
        public var description: String { "validate_schema.py exited with \(status): \(output)" }
    }
}
