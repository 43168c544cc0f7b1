/// What a procedure-table header label names, recognised fuzzily ("Kete rangan", "Mula Mula", "Ket.").
public enum ColumnRole: String, Sendable, CaseIterable {
    case number, activity, actors, quality, inputs, duration, output, notes

    /// Labels as letters only (spaces and punctuation removed, lower-cased).
    private static let labels: [(ColumnRole, [String])] = [
        (.number, ["no", "nomor", "nourut"]),
        (.activity, ["kegiatan", "uraiankegiatan", "aktivitas", "aktifitas", "uraian", "uraianaktivitas", "langkahkegiatan", "prosedur"]),
        (.actors, ["pelaksana", "pelaksanaan"]),
        (.quality, ["mutubaku", "mulamula", "mutubuku", "mutu"]),
        (.inputs, ["kelengkapan", "persyaratan", "persyaratankelengkapan", "syarat", "input"]),
        (.duration, ["waktu", "jangkawaktu"]),
        (.output, ["output", "keluaran", "hasil", "outputs"]),
        (.notes, ["keterangan", "ket", "catatan"]),
    ]

    /// Exact spellings, first role first.
    private static let exactLabels: [String: ColumnRole] = Dictionary(
        labels.flatMap { role, words in words.map { ($0, role) } }, uniquingKeysWith: { first, _ in first })

    /// Spellings of six letters or more, which may be matched with one edit, in `labels` order, with
    /// their first and last letters (all labels are ASCII).
    private static let fuzzyLabels: [(role: ColumnRole, word: String, length: Int, first: UInt8, last: UInt8)] =
        labels.flatMap { role, words in
            words.filter { $0.count >= 6 }.map { (role, $0, $0.count, $0.utf8.first ?? 0, $0.utf8.last ?? 0) }
        }

    /// The role a header cell names, or nil when it is not a known label (an actor name, say).
    public static func recognise(_ cell: some StringProtocol) -> ColumnRole? {
        // Every label has two letters or more: number, blank and glyph cells stop at the first test.
        guard cell.utf8.count <= 64, mayHoldTwoLetters(cell) else { return nil }
        let key = asciiKey(cell) ?? String(TextCleaning.clean(String(cell)).lowercased().filter { $0.isLetter })
        let ascii = key.utf8.allSatisfy { $0 < 0x80 }
        let length = ascii ? key.utf8.count : key.count
        guard length > 0, length <= 26 else { return nil }
        if let role = exactLabels[key] { return role }
        // One edit cannot change both the first and the last letter of words of five letters or more:
        // for an ASCII key, labels whose ends both differ are skipped before the distance.
        let first = ascii ? key.utf8.first : nil
        let last = ascii ? key.utf8.last : nil
        for label in fuzzyLabels where abs(label.length - length) <= 1 {
            if ascii, label.first != first, label.last != last { continue }
            if EditDistance.atMost(1, key, label.word) { return label.role }
        }
        return nil
    }

    /// False when the cell has fewer than two ASCII letters and non-ASCII characters together: its key
    /// (letters only, each at least one such scalar) is then shorter than any label. "√" and "→" stop here.
    private static func mayHoldTwoLetters(_ cell: some StringProtocol) -> Bool {
        var count = 0
        for byte in cell.utf8 where byte >= 0xC0 || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) {
            count += 1
            if count >= 2 { return true }
        }
        return false
    }

    /// The letters-only key of an ASCII cell without `<` markup, read from its bytes; nil otherwise.
    /// (Cleaning such a cell removes only `*`, `_` and whitespace, none of them letters.)
    private static func asciiKey(_ cell: some StringProtocol) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { letters -> String? in
            var count = 0
            for byte in cell.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"): letters[count] = byte
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters[count] = byte + 0x20
                case UInt8(ascii: "<"), 0x80...: return nil
                default: continue
                }
                count += 1
                if count == letters.count { return nil }  // callers pass at most 64 bytes; never more letters
            }
            return String(decoding: UnsafeBufferPointer(rebasing: letters[..<count]), as: UTF8.self)
        }
    }

    /// The distinct roles a row of header cells names.
    public static func roles(in cells: [some StringProtocol]) -> Set<ColumnRole> {
        Set(cells.compactMap { recognise($0) })
    }
}
