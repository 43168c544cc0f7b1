/// Counting findings by severity, for summaries and reports.
extension Array where Element == Diagnostic {
    /// How many of the diagnostics have `severity`.
    public func count(of severity: Diagnostic.Severity) -> Int {
        reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }
}
