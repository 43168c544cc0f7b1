import SOPModel

/// A regulation is cited once in the Dasar Hukum (same kind, number and year; different issuers —
/// two regions' Perda with the same number — are different regulations).
struct LegalBasisDuplicateRule: Rule {
    let code = "legal-basis-duplicate"
    let severity = Diagnostic.Severity.warning
    let summary = "the same regulation (kind, number, year, issuer) is cited twice in the legal basis"

    private struct Identity: Hashable {
        var key: RegulationKey
        var issuer: String
    }

    static func message(_ key: RegulationKey, firstLine: Int?) -> String {
        "\(key) is cited twice" + (firstLine.map { " (first on line \($0))" } ?? "")
    }

    func check(_ document: Document) -> [Diagnostic] {
        var firstLineOf: [Identity: Int?] = [:]
        var found: [Diagnostic] = []
        for entry in document.legalBasis {
            guard let key = RegulationKey(entry) else { continue }
            let identity = Identity(key: key, issuer: (entry.issuer ?? "").lowercased())
            if let firstLine = firstLineOf[identity] {
                found.append(finding(Self.message(key, firstLine: firstLine), line: entry.line))
            } else {
                firstLineOf[identity] = .some(entry.line)
            }
        }
        return found
    }
}
