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

    /// The spellings laid out for `role(ofLetters:)`, built once.
    private static let letterTable = LabelLetterTable(spellings: spellings.map { ($0.role, $0.bytes) },
                                                      fuzzy: fuzzySpellings.map { ($0.role, $0.bytes) }, longestKey: longestKey)

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
        guard cell.count <= longestCell else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestCell) { letters -> ColumnRole? in
            // One pass: the lower-cased ASCII letters, and whether anything but plain ASCII stands there.
            var count = 0
            var leadBytes = 0  // bytes that open a non-ASCII character
            var plain = true
            for byte in cell {
                let lower = byte | 0x20
                if lower &- UInt8(ascii: "a") < 26 {
                    letters[count] = lower
                    count += 1
                } else if byte >= 0x80 {
                    plain = false
                    if byte >= 0xC0 { leadBytes += 1 }
                } else if byte == UInt8(ascii: "<") {
                    plain = false
                }
            }
            // Every label has two letters or more (each at least one such scalar): number, blank and
            // glyph cells ("√", "→") stop here.
            guard count + leadBytes >= 2 else { return nil }
            if plain { return role(ofLetters: UnsafeBufferPointer(rebasing: letters[..<count])) }
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
        // The spellings are ASCII letters, which no other character equals: one edit away, the key holds
        // exactly one character that is not one ASCII byte, and the edit substitutes or deletes it.
        var ascii: [UInt8] = []
        ascii.reserveCapacity(length)
        var other: Int?  // where that character stands
        for (offset, character) in key.enumerated() {
            if character.utf8.count == 1, let byte = character.utf8.first {
                ascii.append(byte)
            } else {
                guard other == nil else { return nil }
                other = offset
            }
        }
        guard let other else { return nil }
        for label in fuzzySpellings {
            let bytes = label.bytes
            if bytes.count == length - 1, bytes == ascii { return label.role }  // deleted
            if bytes.count == length, bytes[..<other].elementsEqual(ascii[..<other]),
               bytes[(other + 1)...].elementsEqual(ascii[other...]) { return label.role }  // substituted
        }
        return nil
    }

    /// The role of lower-case ASCII letters: an exact spelling, else the first one edit away. For a plain
    /// ASCII cell of at most `longestCell` bytes whose letters these are (two or more), the same as
    /// `recognise(utf8:)` of the cell, without copying the letters again.
    static func role(ofLetters key: UnsafeBufferPointer<UInt8>) -> ColumnRole? {
        guard key.count <= longestKey, key.count > 0 else { return nil }
        return letterTable.role(ofLetters: key)
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
            let lower = byte | 0x20  // a letter of either case, lower-cased; no other byte lands in a–z
            if lower &- UInt8(ascii: "a") < 26 {
                letters[count] = lower
                count += 1
                if count == letters.count { return false }  // at most `longestCell` bytes; never more letters
            } else if byte >= 0x80 || byte == UInt8(ascii: "<") {
                return false
            }
        }
        return true
    }

    /// The distinct roles a row of header cells names.
    public static func roles(in cells: [some StringProtocol]) -> Set<ColumnRole> {
        Set(cells.compactMap { recognise($0) })
    }
}
