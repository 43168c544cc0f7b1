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
        // Bucketed by first word (a counting sort on the word ids, which are 0..<ids.count).
        var firstWordStarts = [Int](repeating: 0, count: ids.count + 1)
        for phrase in phrases { firstWordStarts[Int(phrase[0]) + 1] += 1 }
        for word in firstWordStarts.indices.dropFirst() { firstWordStarts[word] += firstWordStarts[word - 1] }
        var next = firstWordStarts
        var byFirstWord = [Int](repeating: 0, count: phrases.count)
        for (index, phrase) in phrases.enumerated() {
            byFirstWord[next[Int(phrase[0])]] = index
            next[Int(phrase[0])] += 1
        }
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
        return Read(ids: ids, table: ItemWordTable(words), phrases: phrases, onlyRows: onlyRows, firstWordStarts: firstWordStarts, byFirstWord: byFirstWord,
                    ownCounts: own.mapValues(\.count), longestShared: longestShared, longestOwn: top, secondLongestOwn: second)
    }

    /// The phrases of all rows (a class: each row's `Others` and every line's splitter share it).
    final class Read: Sendable {
        fileprivate let ids: [String: WordID]
        /// The same words by their bytes, for ASCII words read from a line's bytes.
        fileprivate let table: ItemWordTable
        fileprivate let phrases: [[WordID]]
        /// Per phrase, the one row it was read in, or -1 when it was read in several.
        fileprivate let onlyRows: [Int]
        /// The phrases by first word: those whose first word has id w are the indices
        /// `byFirstWord[firstWordStarts[w]..<firstWordStarts[w + 1]]`.
        fileprivate let firstWordStarts: [Int]
        fileprivate let byFirstWord: [Int]
        /// Per row, how many phrases were read in it alone.
        fileprivate let ownCounts: [Int: Int]
        /// The most words of a phrase read in several rows, and of one read in a row alone (with that row),
        /// and of one read alone in another row than that.
        fileprivate let longestShared: Int
        fileprivate let longestOwn: (row: Int, longest: Int)
        fileprivate let secondLongestOwn: Int

        fileprivate init(ids: [String: WordID], table: ItemWordTable, phrases: [[WordID]], onlyRows: [Int], firstWordStarts: [Int],
                         byFirstWord: [Int], ownCounts: [Int: Int], longestShared: Int, longestOwn: (row: Int, longest: Int),
                         secondLongestOwn: Int) {
            self.ids = ids
            self.table = table
            self.phrases = phrases
            self.onlyRows = onlyRows
            self.firstWordStarts = firstWordStarts
            self.byFirstWord = byFirstWord
            self.ownCounts = ownCounts
            self.longestShared = longestShared
            self.longestOwn = longestOwn
            self.secondLongestOwn = secondLongestOwn
        }

        /// No phrases: what a row is fitted to before any item is known.
        static let none = Read(ids: [:], table: ItemWordTable([]), phrases: [], onlyRows: [], firstWordStarts: [0], byFirstWord: [],
                               ownCounts: [:], longestShared: 0, longestOwn: (-1, 0), secondLongestOwn: 0)

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
            isEmpty = read.phrases.count == read.ownCounts[row, default: 0]
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
        func fit(_ after: ArraySlice<WordID>, beforeCount: Int) -> Double {
            guard let first = after.first, after.count > beforeCount else { return 0 }
            // Only a phrase that opens with the item's first word shares a prefix with it: any other adds
            // nothing below (no common prefix, and every phrase has two words or more).
            let bucket = Int(first)
            guard bucket >= 0, bucket + 1 < read.firstWordStarts.count else { return 0 }
            var startsOne = false
            var ranPast = false
            var leftOne = false
            var completesBefore = false
            for slot in read.firstWordStarts[bucket]..<read.firstWordStarts[bucket + 1] {
                let index = read.byFirstWord[slot]
                guard read.onlyRows[index] != row else { continue }
                let words = read.phrases[index]
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
        var words: [String] = []
        let isASCII = text.withUTF8 { bytes in
            ASCIIRun.scan(bytes) { run, _ in
                if !run.isEmpty { words.append(ASCIIText.lowercased(UnsafeBufferPointer(rebasing: bytes[run]))) }
            }
        }
        return isASCII ? words : nil
    }

}
