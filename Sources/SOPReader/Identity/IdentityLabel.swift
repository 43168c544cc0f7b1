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

    /// The most letters a key that spells a label can have (two more than the longest variant).
    static let longestKey = longestVariant + 2

    private static let exact: [String: IdentityLabel] = Dictionary(variants, uniquingKeysWith: { a, _ in a })

    /// A key of at most 32 lower-case ASCII letters, zero-padded: two keys of one length are equal exactly
    /// when their words are. A plain value (four words, byte i of the key in memory byte i), so a table of
    /// them is read without retaining and a letter is read or written with one load or store.
    fileprivate struct PackedKey: Equatable {
        static let capacity = 32
        private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        static func == (a: PackedKey, b: PackedKey) -> Bool {
            a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2 && a.words.3 == b.words.3
        }

        /// Letter `index`, 0 past the key's end (and past `capacity`).
        @inline(__always)
        subscript(index: Int) -> UInt8 {
            guard index >= 0, index < Self.capacity else { return 0 }
            return withUnsafeBytes(of: words) { $0[index] }
        }

        /// The key of its first `count` letters.
        func prefix(_ count: Int) -> PackedKey {
            guard count < Self.capacity else { return self }
            // Word w holds letters 8w..<8w+8, the first in its lowest byte when read little-endian.
            func kept(_ word: UInt64, from start: Int) -> UInt64 {
                let letters = count - start
                guard letters < 8 else { return word }
                guard letters > 0 else { return 0 }
                return (UInt64(littleEndian: word) & ((1 << UInt64(8 * letters)) - 1)).littleEndian
            }
            var key = PackedKey()
            key.words = (kept(words.0, from: 0), kept(words.1, from: 8), kept(words.2, from: 16), kept(words.3, from: 24))
            return key
        }

        /// Puts `byte` at `index` (below `capacity`; the key is left as it is otherwise).
        @inline(__always)
        mutating func set(_ index: Int, _ byte: UInt8) {
            guard index >= 0, index < Self.capacity else { return }
            withUnsafeMutableBytes(of: &words) { $0[index] = byte }
        }
    }

    /// A variant for the ASCII path: its label, its letters packed, and how often each letter occurs.
    private struct VariantBytes {
        let label: IdentityLabel
        let letters: PackedKey
        let count: Int
        let letterCounts: LetterCounts
        let letterSet: UInt32
    }

    /// For each key length n and each edit distance d up to two, the variants whose length is within d
    /// of n, in `variants` order (the first that fits wins): `variants[ranges[3 * n + d]]`, their letter
    /// sets side by side in `letterSets` (the first test, read without touching the rest); d = 0 holds
    /// the exact length. Flat tables read through one static, so a look-up touches no nested array.
    private struct CandidateTable {
        let variants: [VariantBytes]
        let letterSets: [UInt32]
        let ranges: [Range<Int>]
    }

    private static let candidateTable: CandidateTable = {
        precondition(longestKey <= PackedKey.capacity, "keys up to two letters longer than a variant must fit")
        let all = variants.map { variant in
            let bytes = Array(variant.0.utf8)
            precondition(bytes.count <= PackedKey.capacity)
            var letters = PackedKey()
            for (index, byte) in bytes.enumerated() { letters.set(index, byte) }
            let counts = letterCounts(bytes)
            return VariantBytes(label: variant.1, letters: letters, count: bytes.count, letterCounts: counts,
                                letterSet: letterSet(counts))
        }
        var table: [VariantBytes] = []
        var ranges: [Range<Int>] = []
        for n in 0...longestKey {
            for d in 0...2 {
                let start = table.count
                table += all.filter { abs($0.count - n) <= d }
                ranges.append(start..<table.count)
            }
        }
        return CandidateTable(variants: table, letterSets: table.map(\.letterSet), ranges: ranges)
    }()

    /// How often each letter a–z occurs: lane i for letter i (a key has at most 64 letters, so no lane overflows).
    private typealias LetterCounts = SIMD32<UInt8>

    /// How often each of the letters a–z occurs in lower-case ASCII letters.
    private static func letterCounts(_ bytes: some Sequence<UInt8>) -> LetterCounts {
        var counts = LetterCounts()
        for byte in bytes where byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { counts[Int(byte - UInt8(ascii: "a"))] += 1 }
        return counts
    }

    /// `letterCounts` of the first `n` letters of a packed key.
    private static func letterCounts(_ key: PackedKey, count n: Int) -> LetterCounts {
        var counts = LetterCounts()
        for index in 0..<n { counts[Int(key[index] &- UInt8(ascii: "a"))] += 1 }
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
    /// `memo` holds the answers for keys looked up before (for the same line).
    static func label(for phrase: some StringProtocol, memo: inout Memo) -> IdentityLabel? {
        guard phrase.utf8.count <= 64 else { return nil }
        var asciiKey = PrefixKey()
        if asciiKey.read(phrase.utf8) { return asciiKey.label(memo: &memo) }
        let key = letters(of: withoutParenthetical(phrase))
        guard key.count >= 5, key.count <= longestKey else { return nil }
        if let hit = exact[key] { return hit }
        let limit = fuzzyLimit(key.count)
        guard limit > 0 else { return nil }
        for distance in 1...limit {
            if let hit = variants.first(where: { EditDistance.atMost(distance, key, $0.0) }) { return hit.1 }
        }
        return nil
    }

    /// `label(for: words.joined(separator: " "))`, without joining ASCII words.
    static func label(forWords words: ArraySlice<Substring>, memo: inout Memo) -> IdentityLabel? {
        let length = words.reduce(max(0, words.count - 1)) { $0 + $1.utf8.count }
        guard length <= 64 else { return nil }
        var key = PrefixKey()
        if words.allSatisfy({ key.read($0.utf8) }) { return key.label(memo: &memo) }
        return label(for: words.joined(separator: " "), memo: &memo)
    }

    /// `label(for:)` of ASCII text given as its bytes, whose text (as cleaned) the caller has found to
    /// hold at most 64 bytes. The key skips what is not a letter, so words may be given with whatever
    /// separated them.
    static func label(forASCII bytes: UnsafeBufferPointer<UInt8>, memo: inout Memo) -> IdentityLabel? {
        var key = PrefixKey()
        guard key.read(bytes) else { return nil }
        return key.label(memo: &memo)
    }

    /// The key of ASCII text, without building a key string: the lower-cased letters before the first "(",
    /// read byte by byte (so that the key of every prefix of the text is at hand: `label(ofPrefix:)` with
    /// the letter count where the prefix ends) or part by part (as if joined by spaces, which the key ignores).
    struct PrefixKey {
        private var key = PackedKey()
        /// Letters read so far that count for the key (none after a "(").
        private(set) var letters = 0
        private var ended = false

        init() {}

        /// Reads the next byte of the text (ASCII). Letters past the 32nd only count: such a key is too long
        /// for any variant.
        @inline(__always)
        mutating func read(_ byte: UInt8) {
            guard !ended else { return }
            if byte == UInt8(ascii: "(") {
                ended = true
                return
            }
            let lower = byte | 0x20
            guard lower &- UInt8(ascii: "a") < 26 else { return }
            if letters < PackedKey.capacity { key.set(letters, lower) }
            letters += 1
        }

        /// Reads one part of the text; false when a byte that is not ASCII comes before the key ends (the
        /// Unicode path decides then), or right after the "(" (a combining mark would make that another
        /// character). The callers pass at most 64 bytes in all.
        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var index = 0
            while !ended, index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x80 { return false }
                index += 1
                if byte == UInt8(ascii: "("), index < bytes.count, bytes[index] >= 0x80 { return false }
                read(byte)
            }
            return true
        }

        /// `read` of a text's bytes, in place when they are contiguous.
        mutating func read(_ utf8: some Collection<UInt8>) -> Bool {
            if let answer = utf8.withContiguousStorageIfAvailable({ read($0) }) { return answer }
            return Array(utf8).withUnsafeBufferPointer { read($0) }
        }

        /// `label(for:)` of the whole text read.
        func label(memo: inout Memo) -> IdentityLabel? { memo.label(forKey: key, count: letters) }

        /// `label(for:)` of the prefix of the text that ended where `letters` key letters had been read
        /// (the caller checks its 64-byte bound).
        func label(ofPrefix letters: Int, memo: inout Memo) -> IdentityLabel? {
            memo.label(forKey: key.prefix(letters), count: letters)
        }
    }

    /// How many edits a key of `length` letters may be away from a variant.
    private static func fuzzyLimit(_ length: Int) -> Int { length >= 14 ? 2 : (length >= 7 ? 1 : 0) }

    /// The answers for the last four keys looked up. One line's look-ups mostly spell the same few keys
    /// (its first words as a field label, the same words as section labels, the whole cell), and a key's
    /// answer depends on the key alone, so a repeated key is answered without a second search.
    struct Memo {
        private struct Entry {
            let key: PackedKey
            let count: Int
            let label: IdentityLabel?
        }

        private var e0: Entry?, e1: Entry?, e2: Entry?, e3: Entry?
        private var next = 0

        init() {}

        /// `IdentityLabelCatalog.label(forKey:count:)`, remembered.
        fileprivate mutating func label(forKey key: PackedKey, count: Int) -> IdentityLabel? {
            // Keys of a length no variant can match are answered at once, and not remembered.
            guard count >= 5, count <= longestKey else { return nil }
            if let e0, e0.count == count, e0.key == key { return e0.label }
            if let e1, e1.count == count, e1.key == key { return e1.label }
            if let e2, e2.count == count, e2.key == key { return e2.label }
            if let e3, e3.count == count, e3.key == key { return e3.label }
            let entry = Entry(key: key, count: count, label: IdentityLabelCatalog.label(forKey: key, count: count))
            switch next & 3 {
            case 0: e0 = entry
            case 1: e1 = entry
            case 2: e2 = entry
            default: e3 = entry
            }
            next += 1
            return entry.label
        }
    }

    /// The label of a lower-case ASCII letter key of `n` letters (packed when it has at most 32): the
    /// first exact variant, else the first (in `variants` order) one edit away, else two.
    private static func label(forKey key: PackedKey, count n: Int) -> IdentityLabel? {
        guard n >= 5, n <= longestKey else { return nil }
        let candidates = candidateTable
        // n is at most `longestKey`, so every range asked for below is in the table.
        guard 3 * n + 2 < candidates.ranges.count else { return nil }
        return candidates.variants.withUnsafeBufferPointer { table -> IdentityLabel? in
            candidates.letterSets.withUnsafeBufferPointer { letterSets -> IdentityLabel? in
                let ranges = candidates.ranges
                for index in ranges[3 * n] where table[index].letters == key { return table[index].label }
                let limit = fuzzyLimit(n)
                guard limit > 0 else { return nil }
                var set: UInt32 = 0
                for index in 0..<n { set |= 1 << UInt32(key[index] &- UInt8(ascii: "a")) }
                // The key's letter counts, made when a variant first passes the letter-set test (most never do).
                var counts: LetterCounts? = nil
                for distance in 1...limit {
                    let differing = 2 * distance
                    // A letter in one set only adds at least one to the count difference: a cheap first test.
                    for index in ranges[3 * n + distance] where (set ^ letterSets[index]).nonzeroBitCount <= differing {
                        let keyCounts = counts ?? letterCounts(key, count: n)
                        counts = keyCounts
                        guard countsAllow(distance, keyCounts, table[index].letterCounts),
                              editsAllow(distance, key, n, table[index].letters, table[index].count) else { continue }
                        return table[index].label
                    }
                }
                return nil
            }
        }
    }

    /// `EditDistance.atMost` of two packed keys of `m` and `n` letters.
    private static func editsAllow(_ distance: Int, _ a: PackedKey, _ m: Int, _ b: PackedKey, _ n: Int) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * PackedKey.capacity) { buffer in
            for index in 0..<m { buffer[index] = a[index] }
            for index in 0..<n { buffer[PackedKey.capacity + index] = b[index] }
            return EditDistance.atMost(distance, UnsafeBufferPointer(rebasing: buffer[0..<m]),
                                       UnsafeBufferPointer(rebasing: buffer[PackedKey.capacity..<(PackedKey.capacity + n)]))
        }
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
