/// Splits the words of one flattened line among adjacent columns (Kegiatan, Kelengkapan, Output,
/// Keterangan), keeping their order. Every split is scored on evidence OCR leaves: list numbers that
/// continue a column's numbering, noise where a flowchart symbol or a rule stood, a capitalised word
/// after a lower-case one, lower-case words that carry on a wrapped activity, and items other rows
/// name. The best split wins; on a tie, the one that moves words further right.
///
/// Each column's score of every run of words is filled in one sweep per start word (the score of a run
/// grows from the score of the run one word shorter), and the best split is found by dynamic
/// programming over the column boundaries. All scores are multiples of ½, so sums are exact and the
/// tie rule is exact too: the lexicographically smallest boundaries among the best.
struct FlattenedLineSplitter {
    typealias Column = FlattenedColumns.Column
    typealias Token = FlattenedLine.Token

    /// The row's columns before this line.
    var state: FlattenedColumns
    /// The Kelengkapan and Output items of the other rows.
    var known: KnownPhrases.Others
    /// True for the line that opens the step (its first words are the activity's start).
    var opensRow: Bool
    /// False when the table has no Keterangan column.
    var hasNotes: Bool

    /// Longer lines are not split (each added word multiplies the candidates); they go to the first column.
    static let maximumTokens = 48

    /// The words of each column in `columns` (a contiguous range), in order.
    func split(_ tokens: [Token], among columns: ClosedRange<Int>) -> [(Column, ArraySlice<Token>)] {
        let usable = columns.filter { hasNotes || $0 != Column.notes.rawValue }
        guard let first = usable.first, let last = usable.last else { return [] }
        let count = tokens.count
        guard count > 0 else { return [] }
        guard count <= Self.maximumTokens, first < last else {
            return [(Column(rawValue: first) ?? .activity, tokens[...])]
        }
        let lanes = (first...last).map { Column(rawValue: $0) ?? .activity }
        let width = count + 1
        // segment[(lane * width + start) * width + end]: the lane's score of tokens[start..<end] (0 when empty).
        var segment = [Double](repeating: 0, count: lanes.count * width * width)
        let line = LineFacts(tokens, known: known)
        // The word ids of an item as a run extends it, one buffer for all runs.
        var itemWords: [KnownPhrases.WordID] = []
        for (lane, column) in lanes.enumerated() {
            let facts = ColumnFacts(column: column, state: state, known: line.wordIDs == nil ? nil : known,
                                    longestPhrase: line.longestPhrase)
            for start in 0..<count {
                scoreRuns(from: start, column: column, facts: facts, line: line, itemWords: &itemWords) { end, score in
                    segment[(lane * width + start) * width + end] = score
                }
            }
        }
        let chosen = bestBounds(lanes: lanes.count, count: count, tokens: tokens, activityFirst: first == 0) { lane, start, end in
            segment[(lane * width + start) * width + end]
        }
        var out: [(Column, ArraySlice<Token>)] = []
        var start = 0
        for (lane, column) in lanes.enumerated() {
            let end = lane < chosen.count ? chosen[lane] : count
            if end > start { out.append((column, tokens[start..<end])) }
            start = end
        }
        return out
    }

    /// The boundaries between the lanes that maximise the lane scores, a bonus of 2 for each distinct
    /// boundary at a word after noise, and -5 for an empty Kegiatan on the row's opening line; among
    /// equal totals the lexicographically smallest.
    private func bestBounds(lanes: Int, count: Int, tokens: [Token], activityFirst: Bool,
                            segment: (Int, Int, Int) -> Double) -> [Int] {
        let width = count + 1
        func bonus(_ position: Int) -> Double { position > 0 && position < count && tokens[position].afterNoise ? 2 : 0 }
        // best[lane * width + p]: the best total of lanes lane... when `lane` starts at word p.
        var best = [Double](repeating: 0, count: lanes * width)
        for p in 0...count { best[(lanes - 1) * width + p] = segment(lanes - 1, p, count) }
        func step(_ lane: Int, _ p: Int, _ q: Int) -> Double {
            var value = segment(lane, p, q) + best[(lane + 1) * width + q]
            if q != p { value += bonus(q) }
            if lane == 0, q == 0, opensRow, activityFirst { value -= 5 }
            return value
        }
        for lane in stride(from: lanes - 2, through: 0, by: -1) {
            for p in 0...count {
                var top = -Double.infinity
                for q in p...count { top = max(top, step(lane, p, q)) }
                best[lane * width + p] = top
            }
        }
        var bounds: [Int] = []
        var p = 0
        for lane in 0..<(lanes - 1) {
            let target = best[lane * width + p]
            let q = (p...count).first { step(lane, p, $0) == target } ?? p
            bounds.append(q)
            p = q
        }
        return bounds
    }

    /// The facts of a line's tokens that every column's scoring asks for.
    private struct LineFacts {
        let tokens: [Token]
        /// Per token, true when it is a title-case word (no office word) right after a lower-case word.
        let capitalAfterLowercase: [Bool]
        /// Per token, the ids of its words as item words; nil when the table knows no items.
        let wordIDs: [[KnownPhrases.WordID]]?
        /// Per token, true when in a joined text its words stay apart from the previous token's: the words
        /// of a run of tokens are then the words of its parts read alone (`KnownPhrases.words`).
        let apart: [Bool]
        /// The most words a known item has.
        let longestPhrase: Int

        init(_ tokens: [Token], known: KnownPhrases.Others) {
            self.tokens = tokens
            capitalAfterLowercase = tokens.indices.map { index in
                index > 0 && tokens[index - 1].isLowercase && tokens[index].isTitleCase
                    && !ActorNameSplitter.isOfficeWord(tokens[index].text)
            }
            wordIDs = known.isEmpty ? nil : tokens.map { known.wordIDs($0.text) }
            apart = wordIDs == nil ? [] : FlattenedLineSplitter.apart(tokens.map(\.text))
            longestPhrase = known.longestPhrase
        }
    }

    /// Per token, whether its words stay apart from the previous token's when the tokens are joined by
    /// spaces. Grapheme clusters can join across a space only through the characters next to it, so a
    /// seam between ASCII characters is apart, and any other seam is apart when the two tokens joined read
    /// as the words of each. Markup (`<`, `*`, `_`), which cleaning may pair over many tokens, leaves no
    /// seam apart.
    static func apart(_ texts: [String]) -> [Bool] {
        let markup = texts.contains { text in
            TextCleaning.mayHoldMarkup(text)
        }
        return texts.indices.map { index in
            guard index > 0, !markup else { return false }
            let previous = texts[index - 1], text = texts[index]
            if let last = previous.utf8.last, let first = text.utf8.first, last < 0x80, first < 0x80 { return true }
            return KnownPhrases.words(previous + " " + text) == KnownPhrases.words(previous) + KnownPhrases.words(text)
        }
    }

    /// What the scoring of one column asks of the row's text in it, worked out once per line.
    private struct ColumnFacts {
        /// The column's text goes on on this line (`awaitsMore`).
        let awaitsMore: Bool
        /// True when the column's items are fitted to known ones.
        let fitted: Bool
        /// The word ids of the column's open item when it is fitted; nil when it is longer than every known
        /// item: then it fits none however it goes on (`KnownPhrases.Others.fit` gives 0), and a long item
        /// is not looked up again on every line.
        let openItem: [KnownPhrases.WordID]?

        init(column: Column, state: FlattenedColumns, known: KnownPhrases.Others?, longestPhrase: Int) {
            awaitsMore = FlattenedLineSplitter.awaitsMore(state.texts[column.rawValue])
            fitted = (column == .inputs || column == .output) && known != nil
            let words = state.openItemWords[column.rawValue]
            openItem = fitted && words.count <= longestPhrase ? known?.wordIDs(of: words) : nil
        }
    }

    /// The evidence for giving tokens[start..<end] to one column, for every end after `start`.
    private func scoreRuns(from start: Int, column: Column, facts: ColumnFacts, line: LineFacts,
                           itemWords: inout [KnownPhrases.WordID], _ report: (Int, Double) -> Void) {
        let tokens = line.tokens
        let head = tokens[start]
        let before = start > 0 ? tokens[start - 1] : nil
        let c = column.rawValue
        var base = 0.0
        var singleListNumber = 0.0
        switch column {
        case .activity:
            if opensRow { break }
            if head.listNumber != nil { base -= 4 } else if head.isLowercase { base += 1 } else { base -= 2 }
            if state.text(.activity).hasSuffix(".") { base -= 2 }
        case .inputs, .output, .notes:
            if let number = head.listNumber {
                base += column == .notes ? -2 : (number == state.lastNumbers[c] + 1 ? 3 : -2)
                singleListNumber = -3
            } else if head.isTitleCase {
                // A capitalised word opens a new cell fragment at the line start, after noise or after a
                // lower-case word; inside a run of capitalised words ("Draf Data Laporan") it does not.
                if before == nil || head.afterNoise || before?.isLowercase == true {
                    base += column == .notes ? 0 : 1
                } else if before?.listNumber == nil {
                    base -= 1
                }
            } else {
                base -= 0.5
                if state.texts[c].isEmpty { base -= 1 }
            }
            if column == .notes, state.text(.notes).isEmpty { base -= 1 }
        }
        if head.listNumber == nil, facts.awaitsMore { base += 1.5 }

        // A run that opens with a list number starts a new item.
        let openItem = !facts.fitted ? nil : head.listNumber != nil ? [] : facts.openItem
        var fit = ItemFit(openItem: openItem, after: &itemWords)
        let bodyStart = head.listNumber != nil ? start + 1 : start
        var running = 0.0
        var expected = state.lastNumbers[c] + 1
        for index in start..<tokens.count {
            let token = tokens[index]
            if let number = token.listNumber {
                if index > start {
                    running += (column == .activity || column == .notes || number != expected) ? -3 : 0
                }
                expected = number + 1
            } else if index > start, line.capitalAfterLowercase[index] {
                running -= 1
            }
            if index >= bodyStart { fit.extend(with: index, of: line, known: known, after: &itemWords) }
            report(index + 1, base + running + (index == start ? singleListNumber : 0) + fit.value)
        }
    }

    /// How the open item of a Kelengkapan or Output column, extended by the words of a run up to its first
    /// list number, fits the items of other rows; grown one token at a time. (The line, the known items and
    /// the item's word ids, `after`: the open item's, then those of the run's words, are passed to each
    /// step rather than held, which would copy them for every run.)
    private struct ItemFit {
        /// False for a column whose items are not fitted, or whose open item is longer than every known
        /// item and so fits none (its value stays 0 either way).
        let fitted: Bool
        let beforeCount: Int
        /// Where the run's last part starts: the first of its tokens that are not apart, and the count of
        /// `after` before its words.
        var partStart = 0
        var partOffset = 0
        var started = false
        /// True once the run reached a list number (the item ends there).
        var closed = false
        private(set) var value = 0.0

        /// `openItem`: the open item's word ids; nil when the column is not fitted or the open item is
        /// longer than every known item.
        init(openItem: [KnownPhrases.WordID]?, after: inout [KnownPhrases.WordID]) {
            fitted = openItem != nil
            after.removeAll(keepingCapacity: true)
            if let openItem { after.append(contentsOf: openItem) }
            beforeCount = after.count
        }

        /// Adds the next token of the run (the first call gives its first token).
        mutating func extend(with index: Int, of line: LineFacts, known: KnownPhrases.Others,
                             after: inout [KnownPhrases.WordID]) {
            guard fitted, !closed else { return }
            guard line.tokens[index].listNumber == nil else {
                closed = true
                return
            }
            if !started || line.apart[index] {
                started = true
                partStart = index
                partOffset = after.count
            }
            after.removeSubrange(partOffset...)
            if partStart == index, let ids = line.wordIDs?[index] {
                after += ids
            } else {
                after += known.wordIDs(line.tokens[partStart...index].map(\.text).joined(separator: " "))
            }
            value = known.fit(after[...], beforeCount: beforeCount)
        }
    }

    private static let joiningWords: Set<String> = ["dan", "atau", "serta", "dengan", "untuk", "yang", "di", "ke", "dari"]

    /// A column whose text ends in a comma, a hyphen or a joining word ("dan") goes on on the next line.
    static func awaitsMore(_ text: String) -> Bool {
        if let answer = awaitsMoreASCII(text) { return answer }
        guard let last = text.last else { return false }
        if last == "," || last == "-" { return true }
        // The last space-separated word, read from the end.
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)] == " " { end = text.index(before: end) }
        var start = end
        while start > text.startIndex, text[text.index(before: start)] != " " { start = text.index(before: start) }
        return joiningWords.contains(text[start..<end].lowercased())
    }

    /// `awaitsMore` read from the bytes when the text's last word (after its last space) is ASCII and so
    /// is the byte before that space: then each of those bytes is a character of its own (a prepended
    /// mark before a `,` or a space would join it). Nil for any other text, and for an empty one.
    private static func awaitsMoreASCII(_ text: String) -> Bool? {
        text.utf8.withContiguousStorageIfAvailable(awaitsMoreASCII(bytes:)) ?? nil
    }

    private static func awaitsMoreASCII(bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let last = bytes.last, last < 0x80, last != UInt8(ascii: " ") else { return nil }
        var start = bytes.count - 1
        if last == UInt8(ascii: ",") || last == UInt8(ascii: "-") {
            return start == 0 || bytes[start - 1] < 0x80 ? true : nil
        }
        while start > 0 {
            let byte = bytes[start - 1]
            guard byte < 0x80 else { return nil }
            if byte == UInt8(ascii: " ") {
                guard start == 1 || bytes[start - 2] < 0x80 else { return nil }
                break
            }
            start -= 1
        }
        let word = bytes[start...]
        return joiningWordBytes.contains { joining in
            joining.elementsEqual(word.lazy.map { ASCIIText.lowercased($0) })
        }
    }

    private static let joiningWordBytes: [[UInt8]] = joiningWords.map { Array($0.utf8) }
}
