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
    typealias WordID = KnownPhrases.WordID

    /// The Kelengkapan and Output items of the other rows.
    var known: KnownPhrases.Others
    /// False when the table has no Keterangan column.
    let hasNotes: Bool

    /// Longer lines are not split (each added word multiplies the candidates); they go to the first column.
    static let maximumTokens = 48

    // Worked out per line into buffers kept from line to line.
    /// Per token, the facts its scoring asks for.
    private var facts: [TokenFacts] = []
    /// Per token, true when its words stay apart from the previous token's (`apart`); only when items are known.
    private var apart: [Bool] = []
    /// The ids of every token's words as item words, token i's at `ids[idStarts[i]..<idStarts[i + 1]]`;
    /// only when items are known.
    private var ids: [WordID] = []
    private var idStarts: [Int] = []
    /// Per lane (a column of the split), what its scoring asks of the row's text in it.
    private var lanes: [LaneFacts] = []
    /// The word ids of the fitted lanes' open items, lane l's at `lanes[l].openItem`.
    private var openItemIDs: [WordID] = []
    /// segment[(lane * width + start) * width + end]: the lane's score of tokens[start..<end] (0 when empty).
    private var segment: [Double] = []
    /// best[lane * width + p]: the best total of lanes lane... when `lane` starts at word p.
    private var best: [Double] = []
    /// The word ids of an item as a run extends it, one buffer for all runs.
    private var itemWords: [WordID] = []

    init(known: KnownPhrases.Others, hasNotes: Bool) {
        self.known = known
        self.hasNotes = hasNotes
    }

    /// Appends the words of a line to the columns in `columns` (a contiguous range) of `row`, in order,
    /// split where the evidence is best. `opensRow`: the line opens the step (its first words are the
    /// activity's start).
    mutating func split(_ tokens: [Token], among columns: ClosedRange<Int>, opensRow: Bool, into row: inout FlattenedColumns) {
        let first = columns.lowerBound
        let last = hasNotes ? columns.upperBound : min(columns.upperBound, Column.notes.rawValue - 1)
        let count = tokens.count
        guard first <= last, count > 0 else { return }
        guard count <= Self.maximumTokens, first < last else {
            row.append(tokens[...], to: Column(rawValue: first) ?? .activity)
            return
        }
        let laneCount = last - first + 1
        let width = count + 1
        readFacts(of: tokens)
        readLanes(first...last, of: row)
        segment.removeAll(keepingCapacity: true)
        segment.append(contentsOf: repeatElement(0, count: laneCount * width * width))
        for lane in 0..<laneCount {
            for start in 0..<count { scoreRuns(lane: lane, from: start, tokens: tokens, opensRow: opensRow) }
        }
        findBest(laneCount: laneCount, count: count, opensRow: opensRow && first == 0)
        // The boundaries between the lanes: at each, the first end that reaches the best total.
        var start = 0
        for lane in 0..<laneCount {
            var end = count
            if lane < laneCount - 1 {
                let target = best[lane * width + start]
                end = (start...count).first { step(lane, start, $0, count: count, opensRow: opensRow && first == 0) == target } ?? start
            }
            if end > start { row.append(tokens[start..<end], to: Column(rawValue: first + lane) ?? .activity) }
            start = end
        }
    }

    /// The facts of one token that every column's scoring asks for.
    private struct TokenFacts {
        /// The list number, -1 for a word.
        let listNumber: Int
        let isLowercase: Bool
        let isTitleCase: Bool
        let afterNoise: Bool
        /// A title-case word (no office word) right after a lower-case word.
        let capitalAfterLowercase: Bool
    }

    /// Fills `facts`, and when items are known `ids` and `apart`, for a line's tokens.
    private mutating func readFacts(of tokens: [Token]) {
        facts.removeAll(keepingCapacity: true)
        var previousIsLowercase = false
        for token in tokens {
            facts.append(TokenFacts(listNumber: token.listNumber ?? -1, isLowercase: token.isLowercase,
                                    isTitleCase: token.isTitleCase, afterNoise: token.afterNoise,
                                    capitalAfterLowercase: previousIsLowercase && token.isTitleCase
                                        && !ActorNameSplitter.isOfficeWord(token.text)))
            previousIsLowercase = token.isLowercase
        }
        guard !known.isEmpty else { return }
        ids.removeAll(keepingCapacity: true)
        idStarts.removeAll(keepingCapacity: true)
        for token in tokens {
            idStarts.append(ids.count)
            known.appendWordIDs(of: token.text, to: &ids)
        }
        idStarts.append(ids.count)
        Self.apart(tokens, into: &apart)
    }

    /// Per token, whether its words stay apart from the previous token's when the tokens are joined by
    /// spaces. Grapheme clusters can join across a space only through the characters next to it, so a
    /// seam between ASCII characters is apart, and any other seam is apart when the two tokens joined read
    /// as the words of each. Markup (`<`, `*`, `_`), which cleaning may pair over many tokens, leaves no
    /// seam apart.
    static func apart(_ tokens: [Token], into apart: inout [Bool]) {
        apart.removeAll(keepingCapacity: true)
        var markup = false
        var previousLast: UInt8?  // the previous token's last byte
        for token in tokens {
            var text = token.text
            let (first, last) = text.withUTF8 { bytes in
                if !markup, bytes.contains(where: TextCleaning.isMarkupByte) { markup = true }
                return (bytes.first, bytes.last)
            }
            if let previousLast, let first, previousLast < 0x80, first < 0x80 {
                apart.append(true)
            } else {
                apart.append(false)  // decided below unless markup leaves no seam apart
            }
            previousLast = last
        }
        guard !markup else {
            for index in apart.indices { apart[index] = false }
            return
        }
        for index in tokens.indices.dropFirst() where !apart[index] {
            let previous = tokens[index - 1].text, text = tokens[index].text
            apart[index] = KnownPhrases.words(previous + " " + text) == KnownPhrases.words(previous) + KnownPhrases.words(text)
        }
    }

    /// What the scoring of one column asks of the row's text in it, worked out once per line.
    private struct LaneFacts {
        let column: Column
        /// The column's text goes on on this line (`awaitsMore`).
        let awaitsMore: Bool
        /// The column holds no text yet.
        let isEmpty: Bool
        /// The column's text ends in a period (asked of Kegiatan only).
        let endsWithPeriod: Bool
        /// The column's last list number in this row.
        let lastNumber: Int
        /// True when the column's items are fitted to known ones.
        let fitted: Bool
        /// Where `openItemIDs` holds the word ids of the column's open item when it is fitted; nil when it
        /// is longer than every known item: then it fits none however it goes on (`KnownPhrases.Others.fit`
        /// gives 0), and a long item is not looked up again on every line.
        let openItem: Range<Int>?
    }

    /// Fills `lanes` (and `openItemIDs`) for the columns of a split.
    private mutating func readLanes(_ columns: ClosedRange<Int>, of row: FlattenedColumns) {
        lanes.removeAll(keepingCapacity: true)
        openItemIDs.removeAll(keepingCapacity: true)
        for c in columns {
            let column = Column(rawValue: c) ?? .activity
            let fitted = (column == .inputs || column == .output) && !known.isEmpty
            var openItem: Range<Int>?
            if fitted, row.openItemIDs[c].count <= known.longestPhrase {
                let start = openItemIDs.count
                openItemIDs += row.openItemIDs[c]
                openItem = start..<openItemIDs.count
            }
            lanes.append(LaneFacts(column: column, awaitsMore: Self.awaitsMore(row.texts[c]), isEmpty: row.texts[c].isEmpty,
                                   endsWithPeriod: column == .activity && Self.endsWithPeriod(row.texts[c]),
                                   lastNumber: row.lastNumbers[c], fitted: fitted, openItem: openItem))
        }
    }

    /// The evidence for giving tokens[start..<end] to one lane, for every end after `start`, into `segment`.
    private mutating func scoreRuns(lane: Int, from start: Int, tokens: [Token], opensRow: Bool) {
        let count = facts.count, width = count + 1
        let columnFacts = lanes[lane]
        let column = columnFacts.column
        let head = facts[start]
        var base = 0.0
        var singleListNumber = 0.0
        switch column {
        case .activity:
            if opensRow { break }
            if head.listNumber >= 0 { base -= 4 } else if head.isLowercase { base += 1 } else { base -= 2 }
            if columnFacts.endsWithPeriod { base -= 2 }
        case .inputs, .output, .notes:
            if head.listNumber >= 0 {
                base += column == .notes ? -2 : (head.listNumber == columnFacts.lastNumber + 1 ? 3 : -2)
                singleListNumber = -3
            } else if head.isTitleCase {
                // A capitalised word opens a new cell fragment at the line start, after noise or after a
                // lower-case word; inside a run of capitalised words ("Draf Data Laporan") it does not.
                if start == 0 || head.afterNoise || facts[start - 1].isLowercase {
                    base += column == .notes ? 0 : 1
                } else if facts[start - 1].listNumber < 0 {
                    base -= 1
                }
            } else {
                base -= 0.5
                if columnFacts.isEmpty { base -= 1 }
            }
            if column == .notes, columnFacts.isEmpty { base -= 1 }
        }
        if head.listNumber < 0, columnFacts.awaitsMore { base += 1.5 }

        // A run that opens with a list number starts a new item; an item fits known ones only when the
        // column is fitted and its open item is not longer than all of them.
        let openItem = !columnFacts.fitted ? nil : head.listNumber >= 0 ? 0..<0 : columnFacts.openItem
        if let openItem {
            itemWords.removeAll(keepingCapacity: true)
            itemWords += openItemIDs[openItem]
        }
        var fit = ItemFit(fitted: openItem != nil, beforeCount: openItem?.count ?? 0)
        let bodyStart = head.listNumber >= 0 ? start + 1 : start
        var running = 0.0
        var expected = columnFacts.lastNumber + 1
        let runs = (lane * width + start) * width
        for index in start..<count {
            let token = facts[index]
            if token.listNumber >= 0 {
                if index > start {
                    running += (column == .activity || column == .notes || token.listNumber != expected) ? -3 : 0
                }
                expected = token.listNumber + 1
            } else if index > start, token.capitalAfterLowercase {
                running -= 1
            }
            if fit.fitted, index >= bodyStart { extend(&fit, with: index, of: tokens) }
            segment[runs + index + 1] = base + running + (index == start ? singleListNumber : 0) + fit.value
        }
    }

    /// How the open item of a Kelengkapan or Output column, extended by the words of a run up to its first
    /// list number, fits the items of other rows; grown one token at a time (`extend`), its word ids in
    /// `itemWords`: the open item's, then those of the run's words.
    private struct ItemFit {
        /// False for a column whose items are not fitted, or whose open item is longer than every known
        /// item and so fits none (its value stays 0 either way).
        let fitted: Bool
        /// How many of `itemWords` are the open item's.
        let beforeCount: Int
        /// Where the run's last part starts: the first of its tokens that are not apart, and the count of
        /// `itemWords` before its words.
        var partStart = 0
        var partOffset = 0
        var started = false
        /// True once the run reached a list number (the item ends there).
        var closed = false
        var value = 0.0

        init(fitted: Bool, beforeCount: Int) {
            self.fitted = fitted
            self.beforeCount = beforeCount
        }
    }

    /// Adds the next token of the run to its item (the first call gives its first token).
    private mutating func extend(_ fit: inout ItemFit, with index: Int, of tokens: [Token]) {
        guard fit.fitted, !fit.closed else { return }
        guard facts[index].listNumber < 0 else {
            fit.closed = true
            return
        }
        if !fit.started || apart[index] {
            fit.started = true
            fit.partStart = index
            fit.partOffset = itemWords.count
        }
        if fit.partOffset < itemWords.count { itemWords.removeSubrange(fit.partOffset...) }
        if fit.partStart == index {
            itemWords += ids[idStarts[index]..<idStarts[index + 1]]
        } else {
            known.appendWordIDs(of: tokens[fit.partStart...index].map(\.text).joined(separator: " "), to: &itemWords)
        }
        fit.value = known.fit(itemWords[...], beforeCount: fit.beforeCount)
    }

    /// Fills `best`: the lane scores of `segment` plus a bonus of 2 for each distinct boundary at a word
    /// after noise, and -5 for an empty Kegiatan on the row's opening line (`opensRow`, when the split
    /// starts at Kegiatan).
    private mutating func findBest(laneCount: Int, count: Int, opensRow: Bool) {
        let width = count + 1
        best.removeAll(keepingCapacity: true)
        best.append(contentsOf: repeatElement(0, count: laneCount * width))
        for p in 0...count { best[(laneCount - 1) * width + p] = segment[((laneCount - 1) * width + p) * width + count] }
        for lane in stride(from: laneCount - 2, through: 0, by: -1) {
            for p in 0...count {
                var top = -Double.infinity
                for q in p...count { top = max(top, step(lane, p, q, count: count, opensRow: opensRow)) }
                best[lane * width + p] = top
            }
        }
    }

    /// The best total when `lane` takes tokens[p..<q] and the lanes after it start at q. Among equal totals
    /// the split takes the smallest q (the lexicographically smallest boundaries).
    private func step(_ lane: Int, _ p: Int, _ q: Int, count: Int, opensRow: Bool) -> Double {
        let width = count + 1
        var value = segment[(lane * width + p) * width + q] + best[(lane + 1) * width + q]
        if q != p, q > 0, q < count, facts[q].afterNoise { value += 2 }
        if lane == 0, q == 0, opensRow { value -= 5 }
        return value
    }

    /// `text.hasSuffix(".")`; read from the bytes when the byte before the period is ASCII (or there is
    /// none): then the period is a character of its own.
    static func endsWithPeriod(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.last == UInt8(ascii: ".") else { return false }
        let count = utf8.count
        if count == 1 || utf8[utf8.index(utf8.startIndex, offsetBy: count - 2)] < 0x80 { return true }
        return text.hasSuffix(".")
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
