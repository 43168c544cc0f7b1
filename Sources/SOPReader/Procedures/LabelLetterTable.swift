import Foundation

/// Column-label spellings (lower-case ASCII letters) laid out for lookup without reference counting or
/// a pass over every spelling: per key length and first (or last) letter, a bit set of the spellings
/// that can match, in label order (bit i is spelling i), so that most keys are turned away by two loads.
struct LabelLetterTable: Sendable {
    private struct Entry {
        let role: ColumnRole
        let start: Int
        let count: Int
    }

    private let bytes: [UInt8]
    /// All spellings, in label order.
    private let exactEntries: [Entry]
    /// The spellings that may be matched with one edit, in label order.
    private let fuzzyEntries: [Entry]
    /// Per key length × 26 + first letter: the spellings of that length opening with that letter.
    private let exactByFirst: [UInt64]
    /// Per key length × 26 + first letter: the fuzzy spellings one letter longer, shorter or as long
    /// (the only ones one edit away) that open with that letter.
    private let fuzzyByFirst: [UInt64]
    /// The same by last letter. One edit cannot change both the first and the last letter of words of
    /// five letters or more, so a fuzzy match shares one of them with the key.
    private let fuzzyByLast: [UInt64]
    private let longestKey: Int

    /// `spellings` are every spelling and `fuzzy` those that may be matched with one edit, each in label
    /// order, lower-case ASCII letters, at most 64 of each.
    init(spellings: [(ColumnRole, [UInt8])], fuzzy: [(ColumnRole, [UInt8])], longestKey: Int) {
        precondition(spellings.count <= 64 && fuzzy.count <= 64, "a bit set holds 64 spellings")
        var bytes: [UInt8] = []
        func entry(_ role: ColumnRole, _ word: [UInt8]) -> Entry {
            defer { bytes += word }
            return Entry(role: role, start: bytes.count, count: word.count)
        }
        exactEntries = spellings.map(entry)
        fuzzyEntries = fuzzy.map(entry)
        self.bytes = bytes
        self.longestKey = longestKey
        var exactByFirst = [UInt64](repeating: 0, count: (longestKey + 1) * 26)
        var fuzzyByFirst = exactByFirst
        var fuzzyByLast = exactByFirst
        for (bit, (_, word)) in spellings.enumerated() where word.count <= longestKey {
            if let slot = Self.slot(word.count, word.first) { exactByFirst[slot] |= 1 << UInt64(bit) }
        }
        for (bit, (_, word)) in fuzzy.enumerated() where word.count <= longestKey + 1 {
            for length in max(0, word.count - 1)...min(longestKey, word.count + 1) {
                if let slot = Self.slot(length, word.first) { fuzzyByFirst[slot] |= 1 << UInt64(bit) }
                if let slot = Self.slot(length, word.last) { fuzzyByLast[slot] |= 1 << UInt64(bit) }
            }
        }
        self.exactByFirst = exactByFirst
        self.fuzzyByFirst = fuzzyByFirst
        self.fuzzyByLast = fuzzyByLast
    }

    /// The index of a key length and letter in the bit-set tables; nil for a byte other than a–z.
    private static func slot(_ length: Int, _ letter: UInt8?) -> Int? {
        guard let letter, letter &- UInt8(ascii: "a") < 26 else { return nil }
        return length * 26 + Int(letter &- UInt8(ascii: "a"))
    }

    /// The role of lower-case ASCII letters: an exact spelling, else the first fuzzy spelling one edit away;
    /// nil for an empty key or one longer than the longest key.
    func role(ofLetters key: UnsafeBufferPointer<UInt8>) -> ColumnRole? {
        guard let keyBase = key.baseAddress, key.count <= longestKey else { return nil }
        let first = Self.slot(key.count, key.first)
        let last = Self.slot(key.count, key.last)
        var exact = first.map { exactByFirst[$0] } ?? 0
        var near = (first.map { fuzzyByFirst[$0] } ?? 0) | (last.map { fuzzyByLast[$0] } ?? 0)
        guard exact | near != 0 else { return nil }
        return bytes.withUnsafeBufferPointer { all -> ColumnRole? in
            guard let allBase = all.baseAddress else { return nil }
            while exact != 0 {
                let entry = exactEntries[exact.trailingZeroBitCount]
                exact &= exact &- 1
                if memcmp(allBase + entry.start, keyBase, key.count) == 0 { return entry.role }
            }
            while near != 0 {
                let entry = fuzzyEntries[near.trailingZeroBitCount]
                near &= near &- 1
                if EditDistance.atMost(1, key, UnsafeBufferPointer(start: allBase + entry.start, count: entry.count)) {
                    return entry.role
                }
            }
            return nil
        }
    }
}
