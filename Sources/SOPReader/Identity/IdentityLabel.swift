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

    /// A variant for the ASCII path: its label, its bytes and how often each letter occurs.
    private struct VariantBytes {
        let label: IdentityLabel
        let bytes: [UInt8]
        let letterCounts: LetterCounts
        let letterSet: UInt32
    }

    /// For each key length n and each edit distance d up to two, the variants whose length is within d
    /// of n, in `variants` order (the first that fits wins): `candidates[n][d]`; d = 0 holds the exact length.
    private static let candidates: [[[VariantBytes]]] = {
        let all = variants.map { variant in
            let bytes = Array(variant.0.utf8)
            let counts = letterCounts(bytes)
            return VariantBytes(label: variant.1, bytes: bytes, letterCounts: counts, letterSet: letterSet(counts))
        }
        return (0...(longestVariant + 2)).map { n in
            (0...2).map { d in all.filter { abs($0.bytes.count - n) <= d } }
        }
    }()

    /// How often each letter a–z occurs: lane i for letter i (a key has at most 64 letters, so no lane overflows).
    private typealias LetterCounts = SIMD32<UInt8>

    /// How often each of the letters a–z occurs in lower-case ASCII letters.
    private static func letterCounts(_ bytes: some Sequence<UInt8>) -> LetterCounts {
        var counts = LetterCounts()
        for byte in bytes where byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { counts[Int(byte - UInt8(ascii: "a"))] += 1 }
        return counts
    }

    /// Bit i set when letter i (a = 0) occurs.
    private static func letterSet(_ counts: LetterCounts) -> UInt32 {
        var set: UInt32 = 0
        for letter in 0..<26 where counts[letter] > 0 { set |= 1 << UInt32(letter) }
        return set
    }

    /// True when two letter counts could belong to words `distance` edits apart: a substitution changes
    /// two counts by one, an insertion or deletion one, a transposition none.
    private static func countsAllow(_ distance: Int, _ a: LetterCounts, _ b: LetterCounts) -> Bool {
        var difference = 0
        for letter in 0..<26 { difference += abs(Int(a[letter]) - Int(b[letter])) }
        return difference <= 2 * distance
    }

    /// The label a phrase spells, tolerating case, lost spaces, a parenthetical and small typos.
    static func label(for phrase: some StringProtocol) -> IdentityLabel? {
        guard phrase.utf8.count <= 64 else { return nil }
        if let answer = asciiLabel(CollectionOfOne(phrase.utf8)) { return answer }
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

    /// `label(for: words.joined(separator: " "))`, without joining ASCII words.
    static func label(forWords words: ArraySlice<Substring>) -> IdentityLabel? {
        let length = words.reduce(max(0, words.count - 1)) { $0 + $1.utf8.count }
        guard length <= 64 else { return nil }
        if let answer = asciiLabel(words.lazy.map(\.utf8)) { return answer }
        return label(for: words.joined(separator: " "))
    }

    /// `label(forWords:)` for words of ASCII text given as byte ranges of `bytes` (every byte below 0x80).
    static func label(forASCIIWords words: ArraySlice<Range<Int>>, in bytes: UnsafeBufferPointer<UInt8>) -> IdentityLabel? {
        let length = words.reduce(max(0, words.count - 1)) { $0 + $1.count }
        guard length <= 64 else { return nil }
        return asciiLabel(words.lazy.map { bytes[$0] }) ?? nil
    }

    /// The words of ASCII `bytes` as byte ranges: the runs between bytes `isSeparator` accepts, at most
    /// `limit` of them (the ones after are not looked for).
    static func asciiWordRanges(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int,
                                separatedBy isSeparator: (UInt8) -> Bool) -> [Range<Int>] {
        var words: [Range<Int>] = []
        words.reserveCapacity(limit)
        var index = 0
        while index < bytes.count, words.count < limit {
            while index < bytes.count, isSeparator(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
            let start = index
            while index < bytes.count, !isSeparator(bytes[index]) { index += 1 }
            words.append(start..<index)
        }
        return words
    }

    /// How many edits a key of `length` letters may be away from a variant.
    private static func fuzzyLimit(_ length: Int) -> Int { length >= 14 ? 2 : (length >= 7 ? 1 : 0) }

    /// The label of ASCII text given in parts (read as if joined by spaces, which the key ignores), from
    /// its bytes without building a key string: the answer (a label or none), or nil when the text
    /// before a parenthetical is not ASCII and needs the Unicode path. The key is the lower-cased
    /// letters before the first "(", at most 64 of them; the callers pass at most 64 bytes.
    private static func asciiLabel<Parts: Sequence>(_ parts: Parts) -> IdentityLabel?? where Parts.Element: Collection<UInt8> {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer -> IdentityLabel?? in
            var count = 0
            partLoop: for bytes in parts {
                var index = bytes.startIndex
                while index < bytes.endIndex {
                    let byte = bytes[index]
                    if byte >= 0x80 { return nil }
                    index = bytes.index(after: index)
                    if byte == UInt8(ascii: "(") {
                        // A combining mark after it would make it another character: leave that to the Unicode path.
                        if index < bytes.endIndex, bytes[index] >= 0x80 { return nil }
                        break partLoop
                    }
                    let lower = byte | 0x20
                    if lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z"), count < 64 {
                        buffer[count] = lower
                        count += 1
                    }
                }
            }
            return .some(label(forKey: UnsafeBufferPointer(rebasing: buffer[0..<count])))
        }
    }

    /// The label of a lower-case ASCII letter key: the first exact variant, else the first (in
    /// `variants` order) one edit away, else two.
    private static func label(forKey key: UnsafeBufferPointer<UInt8>) -> IdentityLabel? {
        let n = key.count
        guard n >= 5, n <= longestVariant + 2 else { return nil }
        let table = candidates[n]
        let exact = table[0].withUnsafeBufferPointer { variants in
            variants.indices.first { variants[$0].bytes.withUnsafeBufferPointer { $0.elementsEqual(key) } }.map { variants[$0].label }
        }
        if let exact { return exact }
        let limit = fuzzyLimit(n)
        guard limit > 0 else { return nil }
        var set: UInt32 = 0
        for byte in key where byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { set |= 1 << UInt32(byte - UInt8(ascii: "a")) }
        // The key's letter counts, made when a variant first passes the letter-set test (most never do).
        var counts: LetterCounts? = nil
        for distance in 1...limit {
            // Read in place: most variants are ruled out by their letter set without copying them.
            let hit = table[distance].withUnsafeBufferPointer { variants -> IdentityLabel? in
                for index in variants.indices {
                    // A letter in one set only adds at least one to the count difference: a cheap first test.
                    guard (set ^ variants[index].letterSet).nonzeroBitCount <= 2 * distance else { continue }
                    let keyCounts = counts ?? letterCounts(key)
                    counts = keyCounts
                    guard countsAllow(distance, keyCounts, variants[index].letterCounts),
                          variants[index].bytes.withUnsafeBufferPointer({ EditDistance.atMost(distance, key, $0) }) else { continue }
                    return variants[index].label
                }
                return nil
            }
            if let hit { return hit }
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
