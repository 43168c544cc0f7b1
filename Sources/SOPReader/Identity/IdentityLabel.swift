/// The labels of the identity page: key/value fields and list sections.
enum IdentityLabel: Hashable, Sendable {
    case field(IdentityField)
    case section(SectionKind)
}

/// Identity fields that carry one value on their own line.
enum IdentityField: String, Sendable, CaseIterable {
    case number, title, created, revised, effective, approvedBy
}

/// Identity sections whose content follows the label (usually as a list).
enum SectionKind: String, Sendable, CaseIterable {
    case legalBasis, summary, purpose, qualifications, relatedSops, equipment, warnings, records, definitions

    /// How the section is named in messages.
    var displayName: String {
        switch self {
        case .legalBasis: "Dasar Hukum"
        case .summary: "Penjelasan Singkat"
        case .purpose: "Tujuan"
        case .qualifications: "Kualifikasi Pelaksana"
        case .relatedSops: "Keterkaitan"
        case .equipment: "Peralatan/Perlengkapan"
        case .warnings: "Peringatan"
        case .records: "Pencatatan dan Pendataan"
        case .definitions: "Definisi"
        }
    }
}

/// The spellings each label is printed with, and fuzzy lookup of a phrase among them.
enum IdentityLabelCatalog {
    /// Variants as letters only, lower case (spaces and punctuation lost in conversion do not matter).
    private static let variants: [(String, IdentityLabel)] = [
        ("nomorsop", .field(.number)), ("nosop", .field(.number)), ("nomorsopap", .field(.number)),
        ("namasop", .field(.title)), ("judulsop", .field(.title)), ("namasp", .field(.title)),
        ("namaprosedur", .field(.title)), ("namasopap", .field(.title)),
        ("tanggalpembuatan", .field(.created)), ("tglpembuatan", .field(.created)),
        ("tanggaldibuat", .field(.created)),
        ("tanggalrevisi", .field(.revised)), ("tglrevisi", .field(.revised)),
        ("tanggalefektif", .field(.effective)), ("tglefektif", .field(.effective)),
        ("tanggalpengesahan", .field(.effective)), ("tglpengesahan", .field(.effective)),
        ("tanggalberlaku", .field(.effective)),
        ("disahkanoleh", .field(.approvedBy)), ("ditetapkanoleh", .field(.approvedBy)),
        ("dasarhukum", .section(.legalBasis)), ("landasanhukum", .section(.legalBasis)),
        ("penjelasansingkat", .section(.summary)), ("deskripsisingkat", .section(.summary)),
        ("tujuan", .section(.purpose)), ("maksuddantujuan", .section(.purpose)),
        ("kualifikasipelaksana", .section(.qualifications)), ("kualifikasi", .section(.qualifications)),
        ("keterkaitan", .section(.relatedSops)), ("keterikatan", .section(.relatedSops)),
        ("keterkaitansop", .section(.relatedSops)),
        ("peralatanperlengkapan", .section(.equipment)), ("peralatandanperlengkapan", .section(.equipment)),
        ("peralatan", .section(.equipment)), ("perlengkapan", .section(.equipment)),
        ("peringatan", .section(.warnings)),
        ("pencatatandanpendataan", .section(.records)), ("pencatatanpendataan", .section(.records)),
        ("pencatatan", .section(.records)),
        ("definisi", .section(.definitions)), ("pengertian", .section(.definitions)),
        ("definisiistilah", .section(.definitions)),
    ]

    private static let longestVariant = variants.map(\.0.count).max() ?? 0

    private static let exact: [String: IdentityLabel] = Dictionary(variants, uniquingKeysWith: { a, _ in a })

    /// The label a phrase spells, tolerating case, lost spaces, a parenthetical and small typos.
    static func label(for phrase: some StringProtocol) -> IdentityLabel? {
        guard phrase.utf8.count <= 64 else { return nil }
        let key = letters(of: withoutParenthetical(phrase))
        guard key.count >= 5, key.count <= longestVariant + 2 else { return nil }
        if let hit = exact[key] { return hit }
        let limit = key.count >= 14 ? 2 : (key.count >= 7 ? 1 : 0)
        guard limit > 0 else { return nil }
        for distance in 1...limit {
            if let hit = variants.first(where: { EditDistance.atMost(distance, key, $0.0) }) { return hit.1 }
        }
        return nil
    }

    /// Lower-case letters of the phrase, everything else dropped.
    static func letters(of phrase: some StringProtocol) -> String {
        String(String.UnicodeScalarView(phrase.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic }))
    }

    private static func withoutParenthetical(_ phrase: some StringProtocol) -> String {
        guard let open = phrase.firstIndex(of: "(") else { return String(phrase) }
        return String(phrase[..<open])
    }
}
