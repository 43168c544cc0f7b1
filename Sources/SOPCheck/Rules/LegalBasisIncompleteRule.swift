import SOPModel

/// Every Dasar Hukum entry cites a regulation by number and year.
struct LegalBasisIncompleteRule: Rule {
    let code = "legal-basis-incomplete"
    let severity = Diagnostic.Severity.warning
    let summary = "a legal basis entry without a regulation number or year"

    static func message(_ missing: String, _ text: String) -> String {
        let shown = text.count > 60 ? String(text.prefix(60)) + "…" : text
        return "legal basis entry has no \(missing): \"\(shown)\""
    }

    func check(_ document: Document) -> [Diagnostic] {
        document.legalBasis.compactMap { entry in
            let missing = [entry.number == nil ? "number" : nil, entry.year == nil ? "year" : nil].compactMap { $0 }
            guard !missing.isEmpty else { return nil }
            return finding(Self.message(missing.joined(separator: " or "), entry.text), line: entry.line)
        }
    }
}
