import Foundation
import SOPModel

/// Writes diagnostics to stderr as `file:line:col: severity: [code] message`.
enum DiagnosticPrinter {
    static func line(for diagnostic: Diagnostic, file: String) -> String {
        var location = file
        if let line = diagnostic.line {
            location += ":\(line):\(diagnostic.column ?? 1)"
        }
        return "\(location): \(diagnostic.severity.rawValue): [\(diagnostic.code)] \(diagnostic.message)"
    }

    static func print(_ diagnostics: [Diagnostic], file: String) {
        guard !diagnostics.isEmpty else { return }
        let text = diagnostics.map { line(for: $0, file: file) }.joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Writes a line to stderr.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
