import SOPModel

/// Amendments run one way: if A amends B (A's "Perubahan atas B", or B "sebagaimana telah diubah
/// dengan A"), B cannot also amend A, nothing amends itself, and the amendment is not older than B.
struct LegalBasisAmendmentConflictRule: Rule {
    let code = "legal-basis-amendment-conflict"
    let severity = Diagnostic.Severity.warning
    let summary = "a regulation cited both as amended by and as amending another, amending itself, or amending a later one"

    private struct Amendment: Hashable {
        var amending: RegulationKey
        var amended: RegulationKey
    }

    static func cycleMessage(_ a: RegulationKey, _ b: RegulationKey) -> String { "\(a) is cited both as amending and as amended by \(b)" }
    static func selfMessage(_ a: RegulationKey) -> String { "\(a) is cited as amending itself" }
    static func orderMessage(_ a: RegulationKey, _ b: RegulationKey) -> String { "\(a) is cited as amending the later \(b)" }

    func check(_ document: Document) -> [Diagnostic] {
        var amendments: [(Amendment, Int?)] = []
        for entry in document.legalBasis where !(entry.amends.isEmpty && entry.amendedBy.isEmpty) {
            guard let key = RegulationKey(entry) else { continue }
            for target in entry.amends.compactMap(RegulationKey.init) {
                amendments.append((Amendment(amending: key, amended: target), entry.line))
            }
            for source in entry.amendedBy.compactMap(RegulationKey.init) {
                amendments.append((Amendment(amending: source, amended: key), entry.line))
            }
        }
        let known = Set(amendments.map(\.0))
        var reported: Set<Set<RegulationKey>> = []
        var found: [Diagnostic] = []
        for (amendment, line) in amendments {
            let pair: Set<RegulationKey> = [amendment.amending, amendment.amended]
            guard !reported.contains(pair) else { continue }
            if amendment.amending == amendment.amended {
                found.append(finding(Self.selfMessage(amendment.amending), line: line))
            } else if known.contains(Amendment(amending: amendment.amended, amended: amendment.amending)) {
                found.append(finding(Self.cycleMessage(amendment.amending, amendment.amended), line: line))
            } else if amendment.amending.year < amendment.amended.year {
                found.append(finding(Self.orderMessage(amendment.amending, amendment.amended), line: line))
            } else {
                continue
            }
            reported.insert(pair)
        }
        return found
    }
}
