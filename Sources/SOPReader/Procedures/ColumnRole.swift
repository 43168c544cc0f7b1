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

    /// The role a header cell names, or nil when it is not a known label (an actor name, say).
    public static func recognise(_ cell: String) -> ColumnRole? {
        guard cell.utf8.count <= 64 else { return nil }
        let key = asciiKey(cell) ?? String(TextCleaning.clean(cell).lowercased().filter { $0.isLetter })
        guard !key.isEmpty, key.count <= 26 else { return nil }
        for (role, words) in labels where words.contains(key) { return role }
        for (role, words) in labels {
            for word in words where word.count >= 6 && abs(word.count - key.count) <= 1 && EditDistance.atMost(1, key, word) { return role }
        }
        return nil
    }

    /// The letters-only key of an ASCII cell without `<` markup, read from its bytes; nil otherwise.
    /// (Cleaning such a cell removes only `*`, `_` and whitespace, none of them letters.)
    private static func asciiKey(_ cell: String) -> String? {
        var letters: [UInt8] = []
        for byte in cell.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): letters.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters.append(byte + 0x20)
            case UInt8(ascii: "<"), 0x80...: return nil
            default: continue
            }
        }
        return String(decoding: letters, as: UTF8.self)
    }

    /// The distinct roles a row of header cells names.
    public static func roles(in cells: [String]) -> Set<ColumnRole> {
        Set(cells.compactMap(recognise))
    }
}
