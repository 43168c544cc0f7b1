import SOPModel

/// The closing signature block found after the last procedure table.
public struct SignatureBlock: Sendable {
    public var approver: Approver
    /// Lines that gave the position, name, rank and NIP (and signing formulas such as "Mengetahui,").
    public var usedLines: [Int]
    /// Non-blank lines that are not part of the signature (a place name under the NIP, stray text).
    public var unplacedLines: [SourceLine]
    /// Problems for diagnostics (`nip-length`).
    public var problems: [FieldProblem]

    public init(approver: Approver, usedLines: [Int], unplacedLines: [SourceLine], problems: [FieldProblem]) {
        self.approver = approver
        self.usedLines = usedLines
        self.unplacedLines = unplacedLines
        self.problems = problems
    }
}

/// Reads the signature block bottom-up from its anchor (the NIP line, or without one a titled name under a
/// position): rank line above the NIP, name line above that, then the position lines (up to a blank line).
public enum SignatureBlockReader {
    /// Position lines taken above the name; more than this is not a position.
    private static let maximumPositionLines = 3

    public static func read(_ lines: [SourceLine]) -> SignatureBlock? {
        let cleaned = lines.map { (line: $0, text: TextCleaning.clean($0.text)) }
        // Each line's words, cut when first asked for: most lines are read only for their text.
        var cutWords = [[ScannedWord]?](repeating: nil, count: cleaned.count)
        func words(_ index: Int) -> [ScannedWord] {
            if let cut = cutWords[index] { return cut }
            let cut = ScannedWord.words(in: cleaned[index].text)
            cutWords[index] = cut
            return cut
        }
        var approver = Approver()
        var problems: [FieldProblem] = []
        var used = Array(repeating: false, count: cleaned.count)
        // `cursor` is the index of the lowest line not yet read; the block is read upwards from it.
        var cursor: Int

        if let (nipIndex, match) = firstNIP(cleaned.map(\.text)) {
            approver.nip = match.digits
            if !match.hasValidLength {
                problems.append(FieldProblem(code: "nip-length",
                                             message: "NIP has \(match.digits.count) digits, expected \(NIPParser.validLength)"))
            }
            used[nipIndex] = true
            let beforeNIP = String(cleaned[nipIndex].text[..<match.range.lowerBound])
            if ApproverVocabulary.isRankStart(ScannedWord.words(in: beforeNIP).first) {
                approver.rank = TextCleaning.trimListPunctuation(beforeNIP)
            }
            cursor = nipIndex - 1
        } else if let nameIndex = titledNameUnderPosition(cleaned.indices.lazy.map(words)) {
            let below = nameIndex + 1
            if below < cleaned.count, ApproverVocabulary.isRankStart(words(below).first) {
                approver.rank = TextCleaning.trimListPunctuation(cleaned[below].text)
                used[below] = true
            }
            cursor = nameIndex
        } else {
            return nil
        }

        func skipBlanks() {
            while cursor >= 0, cleaned[cursor].text.isEmpty { cursor -= 1 }
        }
        skipBlanks()
        if approver.rank == nil, cursor >= 0, ApproverVocabulary.isRankStart(words(cursor).first) {
            approver.rank = TextCleaning.trimListPunctuation(cleaned[cursor].text)
            used[cursor] = true
            cursor -= 1
            skipBlanks()
        }
        if cursor >= 0, !ApproverVocabulary.isOfficeStart(words(cursor)), !isFormula(words(cursor)) {
            let parse = ApproverParser.parse(cleaned[cursor].line.text)
            approver.name = parse.approver.name
            approver.rank = approver.rank ?? parse.approver.rank
            used[cursor] = true
            cursor -= 1
            skipBlanks()
        }
        var positionLines: [String] = []
        while cursor >= 0, !cleaned[cursor].text.isEmpty {
            if isFormula(words(cursor)) {
                used[cursor] = true
            } else if positionLines.count < maximumPositionLines {
                positionLines.insert(TextCleaning.trimListPunctuation(cleaned[cursor].text), at: 0)
                used[cursor] = true
            }
            cursor -= 1
        }
        if !positionLines.isEmpty {
            approver.position = TextCleaning.trimListPunctuation(positionLines.joined(separator: " "))
        }
        guard approver.nip != nil || approver.name != nil else { return nil }

        let unplaced = cleaned.indices.filter { !used[$0] && !cleaned[$0].text.isEmpty }.map { cleaned[$0].line }
        return SignatureBlock(approver: approver, usedLines: cleaned.indices.filter { used[$0] }.map { cleaned[$0].line.number },
                              unplacedLines: unplaced, problems: problems)
    }

    /// The first line with a NIP (labelled, or a line of its digits alone), and the NIP.
    private static func firstNIP(_ texts: [String]) -> (index: Int, match: NIPMatch)? {
        for (index, text) in texts.enumerated() {
            if let match = NIPParser.digits(in: text) ?? NIPParser.unlabeledDigits(in: text) { return (index, match) }
        }
        return nil
    }

    /// Index of the first name-with-title line that comes (after blank lines) below a position line.
    private static func titledNameUnderPosition(_ lines: some Sequence<[ScannedWord]>) -> Int? {
        var sawPosition = false
        for (index, words) in lines.enumerated() where !words.isEmpty {
            if ApproverVocabulary.isOfficeStart(words) {
                sawPosition = true
            } else if sawPosition, ApproverVocabulary.isTitledName(words) {
                return index
            }
        }
        return nil
    }

    /// "Mengetahui,", "Disahkan oleh", "Ditetapkan di …": a signing formula, not a position.
    private static func isFormula(_ words: [ScannedWord]) -> Bool {
        guard let first = words.first else { return false }
        return ApproverVocabulary.formulaWords.contains(first.key)
    }
}
