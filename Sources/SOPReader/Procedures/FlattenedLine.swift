import Foundation

/// One physical line of a flattened (raw OCR) table, tokenised once: its words, and the same words as
/// tokens (noise kept out and remembered as a boundary hint), both without and around the span of the
/// first Waktu text ("15 Menit", "5Jam", "2 Hari Kerja", "60 Menit per OPD") when the line holds one.
struct FlattenedLine: Sendable {
    /// A word of the line with the facts the readers ask of it, worked out once.
    struct Token: Sendable, Equatable {
        let text: String
        /// The number of a list marker ("2." → 2), nil for a word.
        let listNumber: Int?
        /// True when OCR noise stood right before this token.
        var afterNoise: Bool
        /// Title-case or capitalised: the first letter is upper case.
        let isCapitalised: Bool
        /// A capital followed by lower-case letters ("Rencana"), not an acronym ("PD").
        let isTitleCase: Bool
        /// Starts with a lower-case letter.
        let isLowercase: Bool

        init(_ text: String, afterNoise: Bool) {
            self.text = text
            self.afterNoise = afterNoise
            let listNumber = FlattenedLine.listNumber(text)
            self.listNumber = listNumber
            var bytes = text
            if let facts = bytes.withUTF8(Self.caseOfBytes) {
                // Each byte is a character: its letters and their case are the ASCII letters'.
                isCapitalised = facts.capitalised && listNumber == nil
                isTitleCase = isCapitalised && facts.hasLowercase
                isLowercase = facts.opensLowercase
            } else {
                isCapitalised = text.first { $0.isLetter }?.isUppercase == true && listNumber == nil
                isTitleCase = isCapitalised && text.contains { $0.isLowercase }
                isLowercase = text.first?.isLowercase == true
            }
        }

        /// For text of one byte per character (ASCII without CR), in one pass: whether its first letter is
        /// a capital, whether it holds a lower-case letter, whether it opens with one; nil for other text.
        private static func caseOfBytes(_ bytes: UnsafeBufferPointer<UInt8>)
            -> (capitalised: Bool, hasLowercase: Bool, opensLowercase: Bool)? {
            var firstLetter: UInt8 = 0
            var hasLowercase = false
            for byte in bytes {
                if byte >= 0x80 || byte == 0x0D { return nil }
                let isLower = byte &- UInt8(ascii: "a") < 26
                if firstLetter == 0, isLower || byte &- UInt8(ascii: "A") < 26 { firstLetter = byte }
                hasLowercase = hasLowercase || isLower
            }
            let opensLowercase = bytes.first.map { $0 &- UInt8(ascii: "a") < 26 } == true
            return (firstLetter &- UInt8(ascii: "A") < 26, hasLowercase, opensLowercase)
        }
    }

    let source: SourceLine
    /// The cleaned words, a "|" standing apart.
    let words: [String]
    /// All tokens, for a line read without its Waktu.
    let tokens: [Token]
    /// The Waktu text when the line holds a duration.
    let duration: String?
    /// Read around the Waktu: the tokens before it (all tokens when there is none) and after it.
    let beforeDuration: [Token]
    let afterDuration: [Token]

    var number: Int { source.number }

    init(_ line: SourceLine) {
        self.init(line, words: FlattenedWords(line.text))
    }

    /// The line read from its words, cut once by the caller.
    init(_ line: SourceLine, words lineWords: FlattenedWords) {
        source = line
        let raw = lineWords.strings()
        words = raw
        let span = FlattenedLine.durationSpan(in: raw)
        // One pass: all tokens, how many stand before the Waktu, and those after it, where the Waktu
        // words end any noise run before the first word after them.
        var all: [Token] = []
        all.reserveCapacity(raw.count)
        var after: [Token] = []
        var beforeCount = 0
        var pendingNoise = false, pendingNoiseAfterWaktu = false
        for (index, word) in raw.enumerated() {
            let afterWaktu = span.map { index >= $0.upperBound } ?? false
            if lineWords.isNoise(index) {
                pendingNoise = true
                pendingNoiseAfterWaktu = pendingNoiseAfterWaktu || afterWaktu
                continue
            }
            var token = Token(word, afterNoise: pendingNoise)
            pendingNoise = false
            all.append(token)
            if let span, index < span.lowerBound { beforeCount += 1 }
            if afterWaktu {
                token.afterNoise = pendingNoiseAfterWaktu
                pendingNoiseAfterWaktu = false
                after.append(token)
            }
        }
        tokens = all
        guard let span else {
            duration = nil
            beforeDuration = all
            afterDuration = []
            return
        }
        duration = raw[span].joined(separator: " ")
        beforeDuration = Array(all.prefix(beforeCount))
        afterDuration = after
    }

    /// The words of a line as the flattened readers see them: cleaned, split at spaces, a "|" standing
    /// apart ("Sekreta|Kasubbag" → "Sekreta", "|", "Kasubbag").
    static func words(_ text: String) -> [String] {
        FlattenedWords(text).strings()
    }

    /// "2." or "2)" → 2.
    /// Read from the bytes: one or two ASCII digits and the mark are each a character of their own.
    static func listNumber(_ word: String) -> Int? {
        let bytes = word.utf8
        guard bytes.count == 2 || bytes.count == 3, let last = bytes.last,
              last == UInt8(ascii: ".") || last == UInt8(ascii: ")") else { return nil }
        var number = 0
        for byte in bytes.dropLast() {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return number
    }

    /// Where the first duration of the words stands: a number (not a list marker) and a time unit, with
    /// "kerja" and "per X" that follow.
    static func durationSpan(in words: [String]) -> Range<Int>? {
        for start in words.indices where startsWithNumber(words[start]) && listNumber(words[start]) == nil {
            for length in 1...4 where start + length <= words.count && unitEnds(words[start + length - 1]) {
                let text = words[start..<(start + length)].joined(separator: " ")
                guard DurationParser.looksLikeDuration(text) else { continue }
                var end = start + length
                if end < words.count, lowercased(words[end], startsWith: "kerja", whole: false) { end += 1 }
                if end + 1 < words.count, lowercased(words[end], startsWith: "per", whole: true) { end += 2 }
                return start..<end
            }
        }
        return nil
    }

    /// `word.lowercased().hasPrefix(prefix)`, or `== prefix` when `whole`, for a lower-case ASCII prefix.
    /// While the word's bytes up to one past the prefix are ASCII, each is a character of its own (an
    /// ASCII letter and the byte after it never join) and lower-cases alone; other words are lower-cased.
    private static func lowercased(_ word: String, startsWith prefix: StaticString, whole: Bool) -> Bool {
        let bytes = word.utf8
        let head = bytes.prefix(prefix.utf8CodeUnitCount + 1)
        guard ASCIIText.isASCII(whole ? bytes.prefix(Int.max) : head) else {
            let lower = word.lowercased()
            return whole ? lower == prefix.description : lower.hasPrefix(prefix.description)
        }
        let expected = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        guard whole ? bytes.count == expected.count : bytes.count >= expected.count else { return false }
        return zip(head, expected).allSatisfy { ASCIIText.lowercased($0) == $1 }
    }

    /// `word.first?.isNumber == true`; a word opening with an ASCII byte other than a digit is passed over
    /// without reading its first character.
    private static func startsWithNumber(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first < 0x80, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) { return false }
        return word.first?.isNumber == true
    }

    /// The last word of a duration ends in letters (the unit), not in a number.
    /// An ASCII word is read from its bytes (each a character).
    private static func unitEnds(_ word: String) -> Bool {
        if ASCIIText.isOneBytePerCharacter(word) {
            let last = word.utf8.last { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            return last.map { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) } == true
        }
        return word.last { $0.isLetter || $0.isNumber }?.isLetter == true
    }
}
