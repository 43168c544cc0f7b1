import SOPModel

/// Changes in the Dasar Hukum list: regulations added or removed, and the same regulation
/// amended (new number or year, or reworded).
enum LegalBasisDiffer {
    static let threshold = 0.5

    /// How much two entries look like the same regulation, ignoring number and year.
    private static func score(_ a: LegalBasisEntry, _ b: LegalBasisEntry, _ pa: TextProfile, _ pb: TextProfile) -> Double {
        let kind = TextKey.same(a.kind, b.kind, ignoreCase: true) ? 1.0 : 0.0
        let issuer = TextKey.same(a.issuer, b.issuer, ignoreCase: true) ? 1.0 : 0.0
        return 0.15 * kind + 0.15 * issuer + 0.7 * pa.similarity(pb)
    }

    private static func profile(_ entry: LegalBasisEntry) -> TextProfile {
        TextProfile(entry.subject ?? entry.text)
    }

    /// "Nomor 13 Tahun 2022": what an amendment changes (the kind stays).
    private static func citation(_ entry: LegalBasisEntry) -> String {
        LegalBasisEntry.citation(kind: nil, number: entry.number, year: entry.year) ?? ""
    }

    static func changes(_ old: [LegalBasisEntry], _ new: [LegalBasisEntry], options: DiffOptions) -> [Change] {
        let oldProfiles = old.map(profile), newProfiles = new.map(profile)
        let alignment = Alignment(oldCount: old.count, newCount: new.count, threshold: threshold) { i, j in
            0.9 * score(old[i], new[j], oldProfiles[i], newProfiles[j]) + 0.1 * RelativePosition.similarity(i, of: old.count, j, of: new.count)
        }
        let label = "legal basis"
        let elements = AlignedChanges(oldBase: "legalBasis", newBase: "legalBasis", label: { _, _ in label },
                                      oldElement: { ("“\(old[$0].text)”", .string(old[$0].text)) },
                                      newElement: { ("“\(new[$0].text)”", .string(new[$0].text)) })
        return elements.changes(alignment) { pair, oldPath, newPath in
            let a = old[pair.old], b = new[pair.new]
            let amended = a.number != b.number || a.year != b.year
            guard amended || !TextKey.same(a.text, b.text, ignoreCase: options.ignoreCase) else { return [] }
            return [Change(.changed, oldPath: oldPath, newPath: newPath, label: label,
                           detail: amended ? "amended: \(citation(a)) → \(citation(b))" : nil,
                           old: .string(a.text), new: .string(b.text),
                           words: WordDiff.edits(old: a.text, new: b.text, ignoreCase: options.ignoreCase))]
        }
    }
}
