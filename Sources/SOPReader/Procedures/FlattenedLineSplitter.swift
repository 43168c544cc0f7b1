/// Splits the words of one flattened line among adjacent columns (Kegiatan, Kelengkapan, Output,
/// Keterangan), keeping their order. Every split is scored on evidence OCR leaves: list numbers that
/// continue a column's numbering, noise where a flowchart symbol or a rule stood, a capitalised word
/// after a lower-case one, lower-case words that carry on a wrapped activity, and items other rows
/// name. The best split wins; on a tie, the one that moves words further right.
struct FlattenedLineSplitter {
    typealias Column = FlattenedColumns.Column
    typealias Token = FlattenedLine.Token

    /// The row's columns before this line.
    var state: FlattenedColumns
    var known: KnownPhrases
    var row: Int
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
        let lanes = Array(first...last)
        var segment: [[[Double]]] = lanes.map { _ in Array(repeating: Array(repeating: 0, count: count + 1), count: count + 1) }
        for (lane, column) in lanes.enumerated() {
            for start in 0...count {
                for end in start...count {
                    segment[lane][start][end] = score(tokens, start..<end, column: Column(rawValue: column) ?? .activity)
                }
            }
        }
        var best: (score: Double, bounds: [Int])?
        var bounds = Array(repeating: 0, count: lanes.count - 1)
        func visit(_ depth: Int, from lower: Int) {
            if depth == bounds.count {
                let total = evaluate(bounds, count: count, tokens: tokens, segment: segment, activityFirst: first == 0)
                if best == nil || total > (best?.score ?? 0) + 1e-9 { best = (total, bounds) }
                return
            }
            for position in lower...count {
                bounds[depth] = position
                visit(depth + 1, from: position)
            }
        }
        visit(0, from: 0)
        let chosen = best?.bounds ?? bounds
        var out: [(Column, ArraySlice<Token>)] = []
        var start = 0
        for (lane, column) in lanes.enumerated() {
            let end = lane < chosen.count ? chosen[lane] : count
            if end > start, let kind = Column(rawValue: column) { out.append((kind, tokens[start..<end])) }
            start = end
        }
        return out
    }

    private func evaluate(_ bounds: [Int], count: Int, tokens: [Token], segment: [[[Double]]], activityFirst: Bool) -> Double {
        var total = 0.0
        var start = 0
        for lane in segment.indices {
            let end = lane < bounds.count ? bounds[lane] : count
            total += segment[lane][start][end]
            start = end
        }
        if opensRow, segment.count > 1, bounds.first == 0, activityFirst { total -= 5 }
        for position in Set(bounds) where position > 0 && position < count && tokens[position].afterNoise {
            total += 2
        }
        return total
    }

    /// The evidence for giving these words to one column.
    private func score(_ tokens: [Token], _ range: Range<Int>, column: Column) -> Double {
        let words = tokens[range]
        guard let head = words.first else { return 0 }
        let before = range.lowerBound > 0 ? tokens[range.lowerBound - 1] : nil
        var total = 0.0
        let c = column.rawValue
        switch column {
        case .activity:
            if opensRow { break }
            if head.listNumber != nil { total -= 4 } else if head.isLowercase { total += 1 } else { total -= 2 }
            if state.text(.activity).hasSuffix(".") { total -= 2 }
        case .inputs, .output, .notes:
            if let number = head.listNumber {
                total += column == .notes ? -2 : (number == state.lastNumbers[c] + 1 ? 3 : -2)
                if words.count == 1 { total -= 3 }
            } else if head.isTitleCase {
                // A capitalised word opens a new cell fragment at the line start, after noise or after a
                // lower-case word; inside a run of capitalised words ("Draf Data Laporan") it does not.
                if before == nil || head.afterNoise || before?.isLowercase == true {
                    total += column == .notes ? 0 : 1
                } else if before?.listNumber == nil {
                    total -= 1
                }
            } else {
                total -= 0.5
                if state.texts[c].isEmpty { total -= 1 }
            }
            if column == .notes, state.text(.notes).isEmpty { total -= 1 }
        }
        if head.listNumber == nil, FlattenedLineSplitter.awaitsMore(state.texts[c]) { total += 1.5 }
        var expected = state.lastNumbers[c] + 1
        for (offset, token) in words.enumerated() {
            if let number = token.listNumber {
                if offset > 0 {
                    total += (column == .activity || column == .notes || number != expected) ? -3 : 0
                }
                expected = number + 1
            } else if offset > 0, let previous = words.dropFirst(offset - 1).first, previous.isLowercase, token.isTitleCase,
                      !ActorNameSplitter.isOfficeWord(token.text) {
                total -= 1
            }
        }
        if column == .inputs || column == .output {
            let body = head.listNumber != nil ? words.dropFirst() : words
            let addition = body.prefix { $0.listNumber == nil }.map(\.text)
            let open = head.listNumber != nil ? "" : state.openItems[c]
            total += known.fit(openItem: open, extendedBy: addition.joined(separator: " "), row: row)
        }
        return total
    }

    private static let joiningWords: Set<String> = ["dan", "atau", "serta", "dengan", "untuk", "yang", "di", "ke", "dari"]

    /// A column whose text ends in a comma, a hyphen or a joining word ("dan") goes on on the next line.
    static func awaitsMore(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        if last == "," || last == "-" { return true }
        let word = text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return joiningWords.contains(word)
    }
}
