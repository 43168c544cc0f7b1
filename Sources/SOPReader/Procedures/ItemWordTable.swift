import SOPModel

/// The item words of a table's known phrases by their bytes, so an ASCII word read from a line's bytes is
/// looked up without building a `String`: an open-addressing hash table over the words' bytes. (An ASCII
/// word is only canonically equal to itself among lower-cased words, so byte equality is `String`
/// equality here; non-ASCII words are looked up as strings.)
struct ItemWordTable: Sendable {
    /// The words' bytes one after another; word `id` is `bytes[starts[id]..<starts[id + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    /// Per slot, the id + 1 of the word hashed there (0: empty). Its count is a power of two.
    private let slots: [Int32]

    /// `words[id]` is the word of that id (lower-cased, as `KnownPhrases.words` reads it).
    init(_ words: [String]) {
        var bytes: [UInt8] = []
        var starts = [0]
        starts.reserveCapacity(words.count + 1)
        for word in words {
            bytes.append(contentsOf: word.utf8)
            starts.append(bytes.count)
        }
        var size = 8
        while size < 2 * words.count { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        bytes.withUnsafeBufferPointer { all in
            for id in words.indices {
                var slot = Self.hash(all, starts[id]..<starts[id + 1]) & (size - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
                slots[slot] = Int32(id + 1)
            }
        }
        self.bytes = bytes
        self.starts = starts
        self.slots = slots
    }

    /// The id of the word `text[run]` with its ASCII capitals lowered, `KnownPhrases.unknown` when no
    /// phrase holds it.
    func id(of text: UnsafeBufferPointer<UInt8>, _ run: Range<Int>) -> KnownPhrases.WordID {
        let mask = slots.count - 1
        var slot = Self.hash(text, run) & mask
        return bytes.withUnsafeBufferPointer { words in
            while true {
                let entry = Int(slots[slot])
                guard entry > 0 else { return KnownPhrases.unknown }
                let word = starts[entry - 1]..<starts[entry]
                if word.count == run.count, Self.equal(words, word, text, run) { return KnownPhrases.WordID(entry - 1) }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The hash of `text[run]` with ASCII capitals lowered (seeded per process).
    private static func hash(_ text: UnsafeBufferPointer<UInt8>, _ run: Range<Int>) -> Int { ASCIIFoldedHash.of(text[run]) }

    /// True when the stored lower-case word `words[word]` equals `text[run]` lower-cased byte by byte
    /// (ASCII only); the caller has checked that the lengths agree. Not `WordBytes.equal`: the text side
    /// is lower-cased as it is compared.
    private static func equal(_ words: UnsafeBufferPointer<UInt8>, _ word: Range<Int>,
                              _ text: UnsafeBufferPointer<UInt8>, _ run: Range<Int>) -> Bool {
        var index = run.lowerBound
        for byte in words[word] {
            guard byte == ASCIIText.lowercased(text[index]) else { return false }
            index += 1
        }
        return true
    }
}
