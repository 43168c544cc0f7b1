/// A fixed set of words that turns down most other words by their first and last bytes with their length, and
/// compares the rest as bytes with the few words of that length. When every word is ASCII without
/// capitals (as the built-in sets are), a string equal to one (canonical equivalence included) has the
/// same bytes, so the byte test is exact for any string; a set with other words is an ordinary `Set`.
/// A class: a set is read in loops, one reference rather than its arrays retained.
final class WordSet: Sendable, ExpressibleByArrayLiteral {
    /// Per byte length, the words of that length run together, and their indices among the words as
    /// given; nil when a word is not lower-case ASCII.
    private let byLength: [(bytes: [UInt8], indices: [Int])]?
    /// The words as given, for a set of other than lower-case ASCII words.
    private let words: [String]
    /// The `LengthKey`s of the words' first bytes and lengths, and of their last bytes and lengths.
    private let keys: LengthKey.Set, lastKeys: LengthKey.Set

    init(_ words: some Sequence<String>) {
        let words = Array(words)
        self.words = words
        var keys = LengthKey.Set(), lastKeys = LengthKey.Set()
        let longest = words.map(\.utf8.count).max() ?? 0
        var byLength = [(bytes: [UInt8], indices: [Int])](repeating: ([], []), count: longest + 1)
        var plain = true
        for (index, word) in words.enumerated() {
            let length = word.utf8.count
            if let first = word.utf8.first, let last = word.utf8.last {
                keys.insert(LengthKey(first, length))
                lastKeys.insert(LengthKey(last, length))
            }
            plain = plain && word.utf8.allSatisfy { $0 < 0x80 && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
            if plain, !byLength[length].indices.contains(where: { words[$0] == word }) {
                byLength[length].bytes.append(contentsOf: word.utf8)
                byLength[length].indices.append(index)
            }
        }
        (self.keys, self.lastKeys) = (keys, lastKeys)
        self.byLength = plain ? byLength : nil
    }

    convenience init(arrayLiteral words: String...) { self.init(words) }

    func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { index(ofUTF8: $0) } != nil
    }

    /// The index, among the words as given, of the word of UTF-8 bytes `word` (the first if given twice).
    func index(ofUTF8 word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let byLength else {
            let text = String(decoding: word, as: UTF8.self)
            return words.firstIndex(of: text)
        }
        let length = word.count
        guard let first = word.first, let last = word.last, length < byLength.count,
              keys.contains(LengthKey(first, length)), lastKeys.contains(LengthKey(last, length)) else { return nil }
        return Self.find(word, in: byLength[length])
    }

    @inline(never)
    private static func find(_ word: UnsafeBufferPointer<UInt8>, in candidates: (bytes: [UInt8], indices: [Int])) -> Int? {
        let length = word.count
        var start = 0
        for index in candidates.indices {
            var offset = 0
            while offset < length, candidates.bytes[start + offset] == word[offset] { offset += 1 }
            if offset == length { return index }
            start += length
        }
        return nil
    }
}

/// A byte and a length folded into one of 2 048 values (the byte's low five bits, the length up to 63),
/// so that a set of them turns down most words before their bytes are compared: equal keys are needed,
/// not enough, for equal pairs.
struct LengthKey {
    let value: Int

    @inline(__always)
    init(_ byte: UInt8, _ length: Int) { value = Int(byte & 31) << 6 | min(max(length, 0), 63) }

    /// A set of keys in 32 machine words.
    struct Set: Sendable {
        private var bits = [UInt64](repeating: 0, count: 32)

        mutating func insert(_ key: LengthKey) { bits[key.value >> 6] |= 1 << UInt64(key.value & 63) }

        @inline(__always)
        func contains(_ key: LengthKey) -> Bool { bits[key.value >> 6] & (1 << UInt64(key.value & 63)) != 0 }
    }
}
