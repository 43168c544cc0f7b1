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

    private static let longestVariant = variants.map(\.0.utf8.count).max() ?? 0

    private static let exact: [String: IdentityLabel] = Dictionary(variants, uniquingKeysWith: { a, _ in a })

    /// The variants' bytes, in `variants` order, for the ASCII path.
    private static let variantBytes: [(bytes: [UInt8], label: IdentityLabel)] = variants.map { (Array($0.0.utf8), $0.1) }

    /// The label a phrase spells, tolerating case, lost spaces, a parenthetical and small typos.
    static func label(for phrase: some StringProtocol) -> IdentityLabel? {
        guard phrase.utf8.count <= 64 else { return nil }
        if let hit = asciiLabel(for: phrase) { return hit }
        let key = letters(of: withoutParenthetical(phrase))
        guard key.count >= 5, key.count <= longestVariant + 2 else { return nil }
        if let hit = exact[key] { return hit }
        let limit = fuzzyLimit(key.count)
        guard limit > 0 else { return nil }
        for distance in 1...limit {
            if let hit = variants.first(where: { EditDistance.atMost(distance, key, $0.0) }) { return hit.1 }
        }
        return nil
    }

    /// How many edits a key of `length` letters may be away from a variant.
    private static func fuzzyLimit(_ length: Int) -> Int { length >= 14 ? 2 : (length >= 7 ? 1 : 0) }

    /// `label(for:)` for an ASCII phrase, read from its bytes without building a key string: the
    /// answer (a label or none), or nil when the phrase is not ASCII and needs the Unicode path.
    private static func asciiLabel(for phrase: some StringProtocol) -> IdentityLabel?? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer -> IdentityLabel?? in
            var count = 0
            for byte in phrase.utf8 {
                if byte >= 0x80 { return nil }
                if byte == UInt8(ascii: "(") { break }
                let lower = byte | 0x20
                if lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") {
                    buffer[count] = lower
                    count += 1
                }
            }
            return .some(label(forKey: UnsafeBufferPointer(rebasing: buffer[0..<count])))
        }
    }

    /// The label of a lower-case ASCII letter key: exact variants first, then one edit, then two.
    private static func label(forKey key: UnsafeBufferPointer<UInt8>) -> IdentityLabel? {
        guard key.count >= 5, key.count <= longestVariant + 2 else { return nil }
        for variant in variantBytes where variant.bytes.count == key.count && variant.bytes.elementsEqual(key) {
            return variant.label
        }
        let limit = fuzzyLimit(key.count)
        guard limit > 0 else { return nil }
        for distance in 1...limit {
            for variant in variantBytes where abs(variant.bytes.count - key.count) <= distance {
                let near = variant.bytes.withUnsafeBufferPointer { EditDistance.atMost(distance, key, $0) }
                if near { return variant.label }
            }
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
