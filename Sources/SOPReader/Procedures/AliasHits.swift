/// The distinct words of an `ActorMatcher`'s aliases, compared with a text's words as `ActorMatcher.same`
/// compares two words.
final class AliasWords: Sendable {
    let profiles: [ActorMatcher.WordProfile]
    /// The `UInt64`s of a row with one bit per alias word.
    let stride: Int
    /// The bytes of every alias word run together, where each stands in them, and per byte length the
    /// alias words of that length; all empty unless every alias word is one byte per character.
    private let bytes: [UInt8]
    private let spans: [Range<Int>]
    /// The alias words sorted by byte length, and where the words of each length start among them
    /// (`lengthStarts[n]..<lengthStarts[n + 1]`).
    private let byLength: [Int]
    private let lengthStarts: [Int]
    /// The `LengthKey`s of each alias word's first byte and of its last byte, with its length and the
    /// lengths one shorter and one longer: a word `same` as an alias word has one of its two keys.
    private let firstKeys: LengthKey.Set, lastKeys: LengthKey.Set
    /// Per alias word, its `signature`.
    private let signatures: [UInt64]

    init(_ profiles: [ActorMatcher.WordProfile]) {
        self.profiles = profiles
        stride = max(1, (profiles.count + 63) / 64)
        var bytes: [UInt8] = [], spans: [Range<Int>] = [], byLength: [Int] = [], lengthStarts: [Int] = []
        var firstKeys = LengthKey.Set(), lastKeys = LengthKey.Set(), signatures: [UInt64] = []
        if profiles.allSatisfy({ $0.oneBytePerCharacter }) {
            var longest = 0
            for word in profiles {
                spans.append(bytes.count..<bytes.count + word.byteCount)
                bytes.append(contentsOf: word.text.utf8)
                signatures.append(Self.signature(word.text.utf8))
                for length in word.byteCount - 1...word.byteCount + 1 {
                    firstKeys.insert(LengthKey(word.first, length))
                    lastKeys.insert(LengthKey(word.last, length))
                }
                longest = max(longest, word.byteCount)
            }
            // The words by length (a counting sort, stable): count each length, then place the words.
            var counts = [Int](repeating: 0, count: longest + 2)
            for word in profiles { counts[word.byteCount + 1] += 1 }
            for length in 0...longest { counts[length + 1] += counts[length] }
            lengthStarts = counts  // lengthStarts[n]: how many words are shorter than n bytes
            byLength = [Int](repeating: 0, count: profiles.count)
            for (index, word) in profiles.enumerated() {
                byLength[counts[word.byteCount]] = index
                counts[word.byteCount] += 1
            }
        }
        (self.bytes, self.spans, self.byLength, self.lengthStarts) = (bytes, spans, byLength, lengthStarts)
        (self.firstKeys, self.lastKeys, self.signatures) = (firstKeys, lastKeys, signatures)
    }

    /// The bytes a word holds, folded to their low six bits, one bit each. Words one edit apart (an
    /// insertion, deletion, substitution or transposition) hold the same bytes but for one on each side,
    /// so their signatures differ in two bits at most.
    @inline(__always)
    static func signature(_ word: some Sequence<UInt8>) -> UInt64 {
        var bits: UInt64 = 0
        for byte in word { bits |= 1 << UInt64(byte & 63) }
        return bits
    }

    /// Sets in `rows[offset..<offset + stride]` the bit of each alias word that the word of UTF-8 bytes
    /// `word` is `same` as.
    func mark(_ word: UnsafeBufferPointer<UInt8>, into rows: inout [UInt64], at offset: Int) {
        guard !markPlain(word, into: &rows, at: offset) else { return }
        let profile = ActorMatcher.WordProfile(String(decoding: word, as: UTF8.self))
        for (index, alias) in profiles.enumerated() where ActorMatcher.same(alias, profile) {
            rows[offset + index / 64] |= 1 << UInt64(index % 64)
        }
    }

    /// `mark` from the bytes of a word, when it and every alias word are one byte per character (else
    /// false, nothing marked): such words are `same` when their lengths differ by one at most, they
    /// share the first or the last byte, and they are equal or have four bytes or more and one edit apart.
    private func markPlain(_ word: UnsafeBufferPointer<UInt8>, into rows: inout [UInt64], at offset: Int) -> Bool {
        guard !lengthStarts.isEmpty, let first = word.first, let last = word.last else { return false }
        // Most words are turned down here; a word not one byte per character is `same` as none of them.
        guard firstKeys.contains(LengthKey(first, word.count)) || lastKeys.contains(LengthKey(last, word.count)) else {
            return first < 0x80 && last < 0x80 && ASCIIText.isOneBytePerCharacter(word)
        }
        guard ASCIIText.isOneBytePerCharacter(word) else { return false }
        let lengths = lengthStarts.count - 1  // lengthStarts[lengths] is byLength.count
        let candidates = lengthStarts[min(max(word.count - 1, 0), lengths)]..<lengthStarts[min(word.count + 2, lengths)]
        guard !candidates.isEmpty else { return true }
        let signature = Self.signature(word)
        bytes.withUnsafeBufferPointer { all in
            for index in byLength[candidates] where (signatures[index] ^ signature).nonzeroBitCount <= 2 {
                let span = spans[index]
                guard all[span.lowerBound] == first || all[span.upperBound - 1] == last else { continue }
                let alias = UnsafeBufferPointer(rebasing: all[span])
                if (span.count == word.count && WordBytes.equal(alias, word))
                    || (min(span.count, word.count) >= 4 && EditDistance.atMost(1, alias, word)) {
                    rows[offset + index / 64] |= 1 << UInt64(index % 64)
                }
            }
        }
        return true
    }

    /// True when alias word `alias` equals the word of UTF-8 bytes `word` as strings are equal: as bytes
    /// when both are one byte per character.
    func isEqual(_ alias: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let profile = profiles[alias]
        if profile.oneBytePerCharacter, ASCIIText.isOneBytePerCharacter(word) {
            return profile.byteCount == word.count && profile.text.utf8.elementsEqual(word)
        }
        return profile.text == String(decoding: word, as: UTF8.self)
    }
}

/// For the words of one text, which alias words each word is `same` as (a row of bits, `AliasWords.stride`
/// `UInt64`s), worked out when a mention first asks about the word and kept for the other mentions
/// asked of the text.
struct AliasHits {
    let words: WordList
    /// The `UInt64`s of one word: its row, then 1 once the row is worked out.
    private let stride: Int
    private var rows: [UInt64]

    init(_ words: WordList, aliases: AliasWords) {
        self.words = words
        stride = aliases.stride + 1
        rows = Array(repeating: 0, count: words.count * stride)
    }

    /// Works out the rows of the words in `range` not yet worked out.
    mutating func workOut(_ range: Range<Int>, aliases: AliasWords) {
        for position in range where rows[position * stride + stride - 1] == 0 {
            rows[position * stride + stride - 1] = 1
            let span = words.span(position)
            words.bytes.withUnsafeBufferPointer { all in
                aliases.mark(UnsafeBufferPointer(rebasing: all[span]), into: &rows, at: position * stride)
            }
        }
    }

    /// True when the (worked out) word at `position` is `same` as one of the alias words `aliases`.
    func meets(_ position: Int, _ aliases: ArraySlice<Int>) -> Bool {
        aliases.contains { isSame(position, $0) }
    }

    /// True when the (worked out) word at `position` is `same` as alias word `alias`.
    private func isSame(_ position: Int, _ alias: Int) -> Bool {
        rows[position * stride + alias / 64] & (1 << UInt64(alias % 64)) != 0
    }

    /// True when the (worked out) word at `position` is `same` as any alias word.
    func meetsAny(_ position: Int) -> Bool {
        rows[(position * stride)..<(position * stride + stride - 1)].contains { $0 != 0 }
    }

    /// The alias word equal to the (worked out) word at `position`, if any.
    func aliasEqual(to position: Int, among aliases: AliasWords) -> Int? {
        let span = words.span(position)
        return words.bytes.withUnsafeBufferPointer { all -> Int? in
            let word = UnsafeBufferPointer(rebasing: all[span])
            for chunk in 0..<(stride - 1) {
                var bits = rows[position * stride + chunk]
                while bits != 0 {
                    let index = chunk * 64 + bits.trailingZeroBitCount
                    if aliases.isEqual(index, word) { return index }
                    bits &= bits - 1
                }
            }
            return nil
        }
    }

    /// How many of the distinct alias words `aliases` some (worked out) word of `span` is `same` as.
    func matched(_ span: Range<Int>, _ aliases: ArraySlice<Int>) -> Int {
        var count = 0
        for alias in aliases where span.contains(where: { isSame($0, alias) }) { count += 1 }
        return count
    }
}
