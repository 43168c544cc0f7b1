import Foundation

/// Column-label spellings (lower-case ASCII letters) laid out for lookup without reference counting:
/// every spelling's bytes in one array, and per key length the spellings an exact match and a one-edit
/// match are looked for among, each in label order.
struct LabelLetterTable: Sendable {
    private struct Entry {
        let role: ColumnRole
        let start: Int
        let count: Int
        let first: UInt8
        let last: UInt8
    }

    private let bytes: [UInt8]
    private let entries: [Entry]
    /// Per key length, the entries of exactly that length.
    private let exact: [Range<Int>]
    /// Per key length, the fuzzy entries one letter longer or shorter or as long (the only ones one edit away).
    private let fuzzy: [Range<Int>]

    /// `spellings` are every spelling and `fuzzy` those that may be matched with one edit, each in label order.
    init(spellings: [(ColumnRole, [UInt8])], fuzzy: [(ColumnRole, [UInt8])], longestKey: Int) {
        var bytes: [UInt8] = []
        var entries: [Entry] = []
        func add(_ role: ColumnRole, _ word: [UInt8]) {
            entries.append(Entry(role: role, start: bytes.count, count: word.count, first: word.first ?? 0, last: word.last ?? 0))
            bytes += word
        }
        var exact: [Range<Int>] = []
        for length in 0...longestKey {
            let lower = entries.count
            for (role, word) in spellings where word.count == length { add(role, word) }
            exact.append(lower..<entries.count)
        }
        var near: [Range<Int>] = []
        for length in 0...longestKey {
            let lower = entries.count
            for (role, word) in fuzzy where abs(word.count - length) <= 1 { add(role, word) }
            near.append(lower..<entries.count)
        }
        self.bytes = bytes
        self.entries = entries
        self.exact = exact
        self.fuzzy = near
    }

    /// The role of lower-case ASCII letters: an exact spelling, else the first fuzzy spelling one edit away;
    /// nil for an empty key or one longer than the table's longest key.
    func role(ofLetters key: UnsafeBufferPointer<UInt8>) -> ColumnRole? {
        guard let keyBase = key.baseAddress, let first = key.first, let last = key.last, key.count < exact.count else {
            return nil
        }
        return bytes.withUnsafeBufferPointer { all -> ColumnRole? in
            guard let allBase = all.baseAddress else { return nil }
            for index in exact[key.count] {
                let entry = entries[index]
                if memcmp(allBase + entry.start, keyBase, key.count) == 0 { return entry.role }
            }
            // One edit cannot change both the first and the last letter of words of five letters or more:
            // labels whose ends both differ are skipped before the distance.
            for index in fuzzy[key.count] {
                let entry = entries[index]
                guard entry.first == first || entry.last == last else { continue }
                if EditDistance.atMost(1, key, UnsafeBufferPointer(start: allBase + entry.start, count: entry.count)) {
                    return entry.role
                }
            }
            return nil
        }
    }
}
