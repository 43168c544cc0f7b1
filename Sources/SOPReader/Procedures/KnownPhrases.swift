/// Kelengkapan and Output items seen in the rows of a table. An SOP passes its products along (the
/// Output of one step is the Kelengkapan of the next), so an item read in one row tells where a
/// wrapped item of another row ends. Item words are interned: a phrase is a list of word ids.
struct KnownPhrases: Sendable {
    /// A word id; `unknown` for a word no item holds (no phrase contains it, so it matches none).
    typealias WordID = Int32
    static let unknown: WordID = -1

    /// Lower-cased item word → its id.
    private var ids: [String: WordID] = [:]
    /// Each phrase (its word ids, two or more) → the rows it was read in.
    private var rows: [[WordID]: Set<Int>] = [:]

    init() {}

    mutating func add(_ item: String, row: Int) {
        let words = KnownPhrases.words(item)
        guard words.count >= 2 else { return }
        var phrase: [WordID] = []
        phrase.reserveCapacity(words.count)
        for word in words {
            if let id = ids[word] {
                phrase.append(id)
            } else {
                let id = WordID(ids.count)
                ids[word] = id
                phrase.append(id)
            }
        }
        rows[phrase, default: []].insert(row)
    }

    /// The phrases read in some row other than `row`: the ones a line of `row` may be fitted to.
    func others(than row: Int) -> Others {
        Others(ids: ids, phrases: rows.compactMap { phrase, seen in seen.contains(where: { $0 != row }) ? phrase : nil })
    }

    /// The phrases of other rows, ready to score candidate item texts against.
    struct Others: Sendable {
        fileprivate let ids: [String: WordID]
        let phrases: [[WordID]]

        /// The ids of the words of `text`, as `add` reads an item.
        func wordIDs(_ text: String) -> [WordID] { wordIDs(of: KnownPhrases.words(text)) }

        /// The ids of item words (`KnownPhrases.words`).
        func wordIDs(of words: [String]) -> [WordID] { words.map { ids[$0] ?? KnownPhrases.unknown } }

        /// How well an item fits the items of other rows. `after` is the item's words (an open item and
        /// the words a candidate split would add to it), the first `beforeCount` of them the open item's:
        /// +3 when it equals one, +0.5 when it is the start of one, -2 when it runs past the end of one it
        /// completed, -1 when it only extends one already complete or leaves one it started, else 0.
        func fit(_ after: ArraySlice<WordID>, beforeCount: Int) -> Double {
            guard !after.isEmpty, after.count > beforeCount else { return 0 }
            var startsOne = false
            var ranPast = false
            var leftOne = false
            var completesBefore = false
            for words in phrases {
                let common = commonPrefix(words, after)
                if common == after.count, common == words.count { return 3 }
                if common == after.count { startsOne = true }
                else if common == words.count, common > beforeCount { ranPast = true }
                else if common > beforeCount { leftOne = true }
                if beforeCount > 0, words.count == beforeCount, common >= beforeCount { completesBefore = true }
            }
            if ranPast { return -2 }
            if startsOne { return 0.5 }
            if completesBefore || leftOne { return -1 }
            return 0
        }

        private func commonPrefix(_ words: [WordID], _ after: ArraySlice<WordID>) -> Int {
            var count = 0
            var index = after.startIndex
            while count < words.count, index < after.endIndex, words[count] == after[index] {
                count += 1
                index += 1
            }
            return count
        }
    }

    /// The lower-cased letter-and-digit runs of a text, the words items are compared by.
    static func words(_ text: String) -> [String] {
        if let words = asciiWords(text) { return words }
        return TextCleaning.clean(text).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// `words` of an ASCII text with no markup character (`ASCIIRun.scan`), read from its bytes; nil
    /// for any other text.
    private static func asciiWords(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            let plain = ASCIIRun.scan(bytes) { run, _ in
                if !run.isEmpty { words.append(ASCIIText.lowercased(UnsafeBufferPointer(rebasing: bytes[run]))) }
            }
            return plain ? words : nil
        }
    }

}
