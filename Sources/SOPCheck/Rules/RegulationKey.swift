import SOPModel

/// What identifies a regulation across entries and references: kind (case-folded), number and year.
/// Nil when the number or year is unknown, so incomplete citations are never matched.
struct RegulationKey: Hashable, CustomStringConvertible {
    var kind: String
    var number: String
    var year: Int

    init?(kind: String?, number: String?, year: Int?) {
        guard let number, let year else { return nil }
        self.kind = CaseFolding.foldedWords(kind ?? "")
        self.number = number.lowercased()
        self.year = year
    }

    init?(_ entry: LegalBasisEntry) { self.init(kind: entry.kind, number: entry.number, year: entry.year) }
    init?(_ reference: RegulationReference) { self.init(kind: reference.kind, number: reference.number, year: reference.year) }

    var description: String {
        let capitalized = kind.split(separator: " ").map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
        }
        let named = kind.isEmpty ? "regulation" : capitalized.joined(separator: " ")
        return LegalBasisEntry.citation(kind: named, number: number, year: year) ?? named
    }
}
