/// Kelengkapan and Output items seen in the rows of a table. An SOP passes its products along (the
/// Output of one step is the Kelengkapan of the next), so an item read in one row tells where a
/// wrapped item of another row ends. Item words are interned: a phrase is a list of word ids.
struct KnownPhrases: Sendable {
    /// A word id; `unknown` for a word no item holds (no phrase contains it, so it matches none).
    typealias WordID = Int32
    static let unknown: WordID = -1

    /// Lower-cased item word → its id.
    private var ids: [String: WordID] = [:]
    /// Each phrase (its word ids, two or more) → its index in `phrases`.
    private var indices: [[WordID]: Int] = [:]
    /// The phrases in the order first read.
    private var phrases: [[WordID]] = []
    /// Per phrase, the one row it was read in, or -1 once it was read in another row too.
    private var onlyRows: [Int] = []

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
        if let index = indices[phrase] {
            if onlyRows[index] != row { onlyRows[index] = -1 }
        } else {
            indices[phrase] = phrases.count
            phrases.append(phrase)
            onlyRows.append(row)
        }
    }

    /// Every phrase with the rows it was read in, gathered once after the rows' first reading; each row
    /// then reads the phrases of the others from it (`Read.others(than:)`) without copying them.
    func read() -> Read {
        // Per row, the phrases read in it alone: their count and the most words one has; and the most
        // words of a phrase read in several rows.
        var own: [Int: (count: Int, longest: Int)] = [:]
        var longestShared = 0
        for (index, phrase) in phrases.enumerated() {
            let row = onlyRows[index]
            guard row >= 0 else {
                longestShared = max(longestShared, phrase.count)
                continue
            }
            let old = own[row] ?? (0, 0)
            own[row] = (old.count + 1, max(old.longest, phrase.count))
        }
        // The two rows whose own phrases are longest: a row's others are then the longest of the other.
        var top: (row: Int, longest: Int) = (-1, 0), second = 0
        for (row, phrases) in own {
            if phrases.longest > top.longest || (phrases.longest == top.longest && row < top.row) {
                second = top.longest
                top = (row, phrases.longest)
            } else {
                second = max(second, phrases.longest)
            }
        }
        var words = [String](repeating: "", count: ids.count)
        for (word, id) in ids { words[Int(id)] = word }
        return Read(ids: ids, table: ItemWordTable(words), trie: PhraseTrie(phrases, labels: onlyRows), phraseCount: phrases.count,
                    ownCounts: own.mapValues(\.count), longestShared: longestShared, longestOwn: top, secondLongestOwn: second)
    }

    /// The phrases of all rows (a class: each row's `Others` and every line's splitter share it).
    final class Read: Sendable {
        fileprivate let ids: [String: WordID]
        /// The same words by their bytes, for ASCII words read from a line's bytes.
        fileprivate let table: ItemWordTable
        /// The phrases, each labelled with the one row it was read in, or -1 when it was read in several.
        fileprivate let trie: PhraseTrie
        fileprivate let phraseCount: Int
        /// Per row, how many phrases were read in it alone.
        fileprivate let ownCounts: [Int: Int]
        /// The most words of a phrase read in several rows, and of one read in a row alone (with that row),
        /// and of one read alone in another row than that.
        fileprivate let longestShared: Int
        fileprivate let longestOwn: (row: Int, longest: Int)
        fileprivate let secondLongestOwn: Int

        fileprivate init(ids: [String: WordID], table: ItemWordTable, trie: PhraseTrie, phraseCount: Int, ownCounts: [Int: Int],
                         longestShared: Int, longestOwn: (row: Int, longest: Int), secondLongestOwn: Int) {
            self.ids = ids
            self.table = table
            self.trie = trie
            self.phraseCount = phraseCount
            self.ownCounts = ownCounts
            self.longestShared = longestShared
            self.longestOwn = longestOwn
            self.secondLongestOwn = secondLongestOwn
        }

        /// No phrases: what a row is fitted to before any item is known.
        static let none = Read(ids: [:], table: ItemWordTable([]), trie: PhraseTrie([], labels: []), phraseCount: 0, ownCounts: [:],
                               longestShared: 0, longestOwn: (-1, 0), secondLongestOwn: 0)

        /// The phrases read in some row other than `row`: the ones a line of `row` may be fitted to.
        func others(than row: Int) -> Others { Others(read: self, row: row) }
    }

    /// The phrases of other rows, ready to score candidate item texts against.
    struct Others: Sendable {
        private let read: Read
        /// The row whose own phrases are left out.
        private let row: Int
        /// True when no other row read a phrase.
        let isEmpty: Bool
        /// The most words a phrase of another row has (0 when there is none).
        let longestPhrase: Int

        fileprivate init(read: Read, row: Int) {
            self.read = read
            self.row = row
            isEmpty = read.phraseCount == read.ownCounts[row, default: 0]
            longestPhrase = max(read.longestShared, read.longestOwn.row == row ? read.secondLongestOwn : read.longestOwn.longest)
        }

        /// The ids of the words of `text`, as `add` reads an item.
        func wordIDs(_ text: String) -> [WordID] {
            var ids: [WordID] = []
            appendWordIDs(of: text, to: &ids)
            return ids
        }

        /// Appends the ids of the words of `text`, as `add` reads an item; looked up from its bytes as they
        /// are read when the text is plain ASCII.
        func appendWordIDs(of text: String, to ids: inout [WordID]) {
            var text = text
            let start = ids.count
            let plain = text.withUTF8 { bytes in
                ASCIIRun.scan(bytes) { run, _ in
                    if !run.isEmpty { ids.append(read.table.id(of: bytes, run)) }
                }
            }
            guard !plain else { return }
            ids.removeSubrange(start...)
            for word in KnownPhrases.words(text) { ids.append(read.ids[word] ?? KnownPhrases.unknown) }
        }

        /// The ids of item words (`KnownPhrases.words`).
        func wordIDs(of words: [String]) -> [WordID] { words.map { read.ids[$0] ?? KnownPhrases.unknown } }

        /// How well an item fits the items of other rows. `after` is the item's words (an open item and
        /// the words a candidate split would add to it), the first `beforeCount` of them the open item's:
        /// +3 when it equals one, +0.5 when it is the start of one, -2 when it runs past the end of one it
        /// completed, -1 when it only extends one already complete or leaves one it started, else 0.
        /// (A walk of the phrase trie: `PhraseTrie.fit`.)
        func fit(_ after: ArraySlice<WordID>, beforeCount: Int) -> Double {
            read.trie.fit(after, beforeCount: beforeCount, row: row)
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
        var words: [String] = []
        let isASCII = text.withUTF8 { bytes in
            ASCIIRun.scan(bytes) { run, _ in
                if !run.isEmpty { words.append(ASCIIText.lowercased(UnsafeBufferPointer(rebasing: bytes[run]))) }
            }
        }
        return isASCII ? words : nil
    }

}
