import SOPModel

/// Cuts the body of a flattened table into step rows. A row starts at a line opening with a capitalised
/// Me-/Di- verb (or a step number and such a verb) once the row before has its Waktu, when the line itself
/// holds a Waktu, or after a blank line. Blank lines inside a row separate blocks: a scan read column by
/// column prints a row's Kegiatan, Kelengkapan, Waktu and Output as blocks one below the other.
/// A line far longer than any table row is damage: it is left out of the rows (the reader reports it),
/// so that its cost stays one pass over its bytes.
enum FlattenedRowSegmenter {
    /// A table line prints a few dozen words; a line of more bytes than this is not read into a row.
    static let longestLine = 65_536

    /// True when the line is too long to be a line of a table row (`longestLine`).
    static func isRunaway(_ line: SourceLine) -> Bool { line.text.utf8.count > longestLine }

    /// The warning for a line `isRunaway` leaves out, in every table layout.
    static func runawayWarning(_ line: SourceLine) -> Diagnostic {
        Diagnostic(.warning, "table-line-too-long",
                   "table line of \(line.text.utf8.count) bytes is longer than any table row; left out of the steps",
                   at: line.location())
    }

    /// One step's lines, grouped into blocks at blank lines.
    struct Row: Sendable {
        var number: Int?
        var blocks: [[FlattenedLine]]

        var lines: [FlattenedLine] { blocks.flatMap { $0 } }

        mutating func add(_ line: FlattenedLine, newBlock: Bool) {
            if newBlock || blocks.isEmpty { blocks.append([line]) } else { blocks[blocks.count - 1].append(line) }
        }
    }

    static func rows(of lines: ArraySlice<SourceLine>) -> [Row] {
        var rows: [Row] = []
        var current: Row?
        var currentHasDuration = false
        var afterBlank = false
        var lastNumber: Int?  // the last printed step number, for numbers past 9999
        for source in lines {
            if source.isBlank {
                afterBlank = true
                continue
            }
            if isRunaway(source) { continue }
            let words = FlattenedWords(source.text)
            if FlattenedHeader.isRepeatedHeaderLine(words) || PageMarker.isPageMarker(source.text) { continue }
            let line = FlattenedLine(source, words: words)
            let opening = stepOpening(line.words, after: lastNumber)
            let hasDuration = line.duration != nil
            if let opening, current == nil || currentHasDuration || hasDuration || afterBlank {
                if let row = current { rows.append(row) }
                current = Row(number: opening.number, blocks: [[line]])
                lastNumber = opening.number ?? lastNumber
                currentHasDuration = hasDuration
            } else if current != nil {
                current?.add(line, newBlock: afterBlank)
                currentHasDuration = currentHasDuration || hasDuration
            }
            afterBlank = false
        }
        if let row = current { rows.append(row) }
        return rows
    }

    /// How a line opens a step: with or without a printed step number.
    struct Opening {
        var number: Int?
    }

    /// The opening when the line (its `FlattenedLine.words`) starts a step, else nil. `previous` is the
    /// table's last printed step number.
    static func stepOpening(_ raw: [String], after previous: Int?) -> Opening? {
        // "3 Sekretaris menyiapkan …" or "3. Menerima …": a step number, then the activity. A number with a
        // period before a word that is no verb is a list item ("2. Data Kinerja").
        if let first = raw.first, let number = StepNumber.parse(first, after: previous),
           let second = raw.dropFirst().first(where: { !OCRNoise.isNoise($0) }),
           opensStep(second) || (first.allSatisfy(\.isNumber) && second.first?.isUppercase == true) {
            return Opening(number: number)
        }
        guard let first = raw.first(where: { !OCRNoise.isNoise($0) }), opensStep(first) else { return nil }
        return Opening(number: nil)
    }

    /// `ActivityVerb.opensStep`, which asks for a capitalised Me-/Di- word: an ASCII word whose first letter
    /// is another one is passed over from its bytes.
    private static func opensStep(_ word: String) -> Bool {
        var firstLetter: UInt8?
        for byte in word.utf8 {
            if byte >= 0x80 { return ActivityVerb.opensStep(word) }
            if firstLetter == nil, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) { firstLetter = byte }
        }
        guard firstLetter == UInt8(ascii: "M") || firstLetter == UInt8(ascii: "D") else { return false }
        return ActivityVerb.opensStep(word)
    }
}
