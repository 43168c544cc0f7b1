import Foundation

/// One physical line of a flattened (raw OCR) table as words, list numbers and noise, with the span of
/// the Waktu text ("15 Menit", "5Jam", "2 Hari Kerja", "60 Menit per OPD") when the line holds one.
struct FlattenedLine: Sendable {
    /// A word of the line; noise is kept out of `tokens` and remembered as a boundary hint.
    struct Token: Sendable, Equatable {
        var text: String
        /// The number of a list marker ("2." → 2), nil for a word.
        var listNumber: Int?
        /// True when OCR noise stood right before this token.
        var afterNoise: Bool

        /// Title-case or capitalised: the first letter is upper case.
        var isCapitalised: Bool { text.first { $0.isLetter }?.isUppercase == true && listNumber == nil }
        /// A capital followed by lower-case letters ("Rencana"), not an acronym ("PD").
        var isTitleCase: Bool { isCapitalised && text.contains { $0.isLowercase } }
        /// Starts with a lower-case letter.
        var isLowercase: Bool { text.first?.isLowercase == true }
    }

    let number: Int
    /// The words before the Waktu text (all words when there is none).
    let tokens: [Token]
    /// The Waktu text and the words after it, when the line holds a duration.
    let duration: String?
    let afterDuration: [Token]

    init(_ line: SourceLine, findDuration: Bool) {
        number = line.number
        let raw = TextCleaning.clean(line.text.replacingOccurrences(of: "|", with: " | ")).split(separator: " ").map(String.init)
        let span = findDuration ? FlattenedLine.durationSpan(in: raw) : nil
        var before: [Token] = []
        var after: [Token] = []
        var pendingNoise = false
        for (index, word) in raw.enumerated() {
            if let span, span.contains(index) {
                pendingNoise = false
                continue
            }
            if OCRNoise.isNoise(word) {
                pendingNoise = true
                continue
            }
            let token = Token(text: word, listNumber: FlattenedLine.listNumber(word), afterNoise: pendingNoise)
            pendingNoise = false
            if let span, index >= span.upperBound { after.append(token) } else { before.append(token) }
        }
        tokens = before
        afterDuration = after
        duration = span.map { raw[$0].joined(separator: " ") }
    }

    /// "2." or "2)" → 2.
    static func listNumber(_ word: String) -> Int? {
        guard let last = word.last, last == "." || last == ")" else { return nil }
        let digits = word.dropLast()
        guard !digits.isEmpty, digits.count <= 2, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    /// Where the first duration of the words stands: a number (not a list marker) and a time unit, with
    /// "kerja" and "per X" that follow.
    static func durationSpan(in words: [String]) -> Range<Int>? {
        for start in words.indices where words[start].first?.isNumber == true && listNumber(words[start]) == nil {
            for length in 1...4 where start + length <= words.count {
                let text = words[start..<(start + length)].joined(separator: " ")
                guard DurationParser.looksLikeDuration(text), unitEnds(words[start + length - 1]) else { continue }
                var end = start + length
                if end < words.count, words[end].lowercased().hasPrefix("kerja") { end += 1 }
                if end + 1 < words.count, words[end].lowercased() == "per" { end += 2 }
                return start..<end
            }
        }
        return nil
    }

    /// The last word of a duration ends in letters (the unit), not in a number.
    private static func unitEnds(_ word: String) -> Bool {
        word.last { $0.isLetter || $0.isNumber }?.isLetter == true
    }
}
