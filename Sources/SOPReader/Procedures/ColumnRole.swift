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

    /// Every spelling as bytes, in `labels` order (all labels are ASCII).
    private static let spellings: [(role: ColumnRole, word: String, bytes: [UInt8])] =
        labels.flatMap { role, words in words.map { (role, $0, Array($0.utf8)) } }

    /// Spellings of six letters or more, which may be matched with one edit, in `labels` order.
    private static let fuzzySpellings = spellings.filter { $0.bytes.count >= 6 }

    /// Per key length, the first spelling of that length with each role, in `labels` order (an exact
    /// match is the first spelling equal to the key).
    private static let spellingsByLength: [[(role: ColumnRole, bytes: [UInt8])]] = (0...longestKey).map { length in
        spellings.filter { $0.bytes.count == length }.map { ($0.role, $0.bytes) }
    }

    /// Per key length, the fuzzy spellings one letter longer or shorter or as long (the only ones one
    /// edit away), in `labels` order, with their first and last letter to pass over most of them early.
    private static let fuzzySpellingsByLength: [[(first: UInt8, last: UInt8, bytes: [UInt8], role: ColumnRole)]] =
        (0...longestKey).map { length in
            fuzzySpellings.filter { abs($0.bytes.count - length) <= 1 }
                .map { ($0.bytes.first ?? 0, $0.bytes.last ?? 0, $0.bytes, $0.role) }
        }

    /// The longest key that could name a role (a label of 26 letters or fewer, one edit away).
    private static let longestKey = 26

    /// The longest cell, in UTF-8 bytes, that `recognise` reads; a longer one names no role.
    static let longestCell = 64

    /// The role a header cell names, or nil when it is not a known label (an actor name, say).
    public static func recognise(_ cell: some StringProtocol) -> ColumnRole? {
        if let role = cell.utf8.withContiguousStorageIfAvailable(recognise(utf8:)) { return role }
        return Array(cell.utf8).withUnsafeBufferPointer(recognise(utf8:))
    }

    /// `recognise` of a cell given as the UTF-8 bytes of a whole number of characters; a cell of plain
    /// ASCII is read from its bytes without making it a string.
    static func recognise(utf8 cell: UnsafeBufferPointer<UInt8>) -> ColumnRole? {
        // Every label has two letters or more: number, blank and glyph cells stop at the first test.
        guard cell.count <= longestCell, mayHoldTwoLetters(cell) else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestCell) { letters -> ColumnRole? in
            var count = 0
            if appendLetters(of: cell, to: letters, count: &count) {
                return role(ofLetters: UnsafeBufferPointer(rebasing: letters[..<count]))
            }
            return role(ofCleaned: String(decoding: cell, as: UTF8.self))
        }
    }

    /// The role of a cell that is not plain ASCII, from the letters of the cell cleaned and lower-cased.
    private static func role(ofCleaned cell: String) -> ColumnRole? {
        var key = String(TextCleaning.clean(cell).lowercased().filter { $0.isLetter })
        if ASCIIText.isASCII(key) { return key.withUTF8(role(ofLetters:)) }
        let length = key.count
        guard length > 0, length <= longestKey else { return nil }
        if let exact = spellings.first(where: { $0.word == key }) { return exact.role }
        for label in fuzzySpellings where abs(label.bytes.count - length) <= 1 {
            if EditDistance.atMost(1, key, label.word) { return label.role }
        }
        return nil
    }

    /// The role of lower-case ASCII letters: an exact spelling, else the first one edit away.
    private static func role(ofLetters key: UnsafeBufferPointer<UInt8>) -> ColumnRole? {
        guard let first = key.first, let last = key.last, key.count <= longestKey else { return nil }
        for label in spellingsByLength[key.count] where label.bytes.elementsEqual(key) { return label.role }
        // One edit cannot change both the first and the last letter of words of five letters or more:
        // labels whose ends both differ are skipped before the distance.
        for label in fuzzySpellingsByLength[key.count] where label.first == first || label.last == last {
            if label.bytes.withUnsafeBufferPointer({ EditDistance.atMost(1, key, $0) }) { return label.role }
        }
        return nil
    }

    /// False when the cell has fewer than two ASCII letters and non-ASCII characters together: its key
    /// (letters only, each at least one such scalar) is then shorter than any label. "√" and "→" stop here.
    private static func mayHoldTwoLetters(_ bytes: some Sequence<UInt8>) -> Bool {
        var count = 0
        for byte in bytes where byte >= 0xC0 || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) {
            count += 1
            if count >= 2 { return true }
        }
        return false
    }

    /// The role of cells read as one cell (joined by spaces, which are no letters) when they are ASCII
    /// without `<` markup, from their letters read off their bytes (`.some(nil)` when they name none); nil
    /// for any other cells. (Cleaning such a cell removes only `*`, `_` and whitespace, none of them
    /// letters.) Callers pass at most `longestCell` bytes in all.
    static func roleOfPlainASCII(_ parts: some Sequence<some StringProtocol>) -> ColumnRole?? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestCell) { letters -> ColumnRole?? in
            var count = 0
            for part in parts {
                let plain = part.utf8.withContiguousStorageIfAvailable { appendLetters(of: $0, to: letters, count: &count) }
                    ?? appendLetters(of: Array(part.utf8), to: letters, count: &count)
                guard plain else { return nil }
            }
            return .some(role(ofLetters: UnsafeBufferPointer(rebasing: letters[..<count])))
        }
    }

    /// Appends the lower-cased letters of plain ASCII bytes to `letters` (`count` of them written so far);
    /// false for other bytes or when the letters would fill `letters`.
    private static func appendLetters(of bytes: some Collection<UInt8>, to letters: UnsafeMutableBufferPointer<UInt8>,
                                      count: inout Int) -> Bool {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): letters[count] = byte
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters[count] = ASCIIText.lowercased(byte)
            case UInt8(ascii: "<"), 0x80...: return false
            default: continue
            }
            count += 1
            if count == letters.count { return false }  // at most `longestCell` bytes; never more letters
        }
        return true
    }

    /// The distinct roles a row of header cells names.
    public static func roles(in cells: [some StringProtocol]) -> Set<ColumnRole> {
        Set(cells.compactMap { recognise($0) })
    }
}
