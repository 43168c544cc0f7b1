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
            listNumber = FlattenedLine.listNumber(text)
            if ASCIIText.isOneBytePerCharacter(text) {
                // Each byte is a character: its letters and their case are the ASCII letters'.
                let bytes = text.utf8
                let lower = UInt8(ascii: "a")...UInt8(ascii: "z"), upper = UInt8(ascii: "A")...UInt8(ascii: "Z")
                isCapitalised = bytes.first { lower.contains($0) || upper.contains($0) }.map(upper.contains) == true && listNumber == nil
                isTitleCase = isCapitalised && bytes.contains(where: lower.contains)
                isLowercase = bytes.first.map(lower.contains) == true
            } else {
                isCapitalised = text.first { $0.isLetter }?.isUppercase == true && listNumber == nil
                isTitleCase = isCapitalised && text.contains { $0.isLowercase }
                isLowercase = text.first?.isLowercase == true
            }
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
        source = line
        let raw = FlattenedLine.words(line.text)
        words = raw
        var all: [Token] = []
        all.reserveCapacity(raw.count)
        /// Per word, its index in `all` (nil for noise).
        var tokenIndex: [Int?] = []
        tokenIndex.reserveCapacity(raw.count)
        var pendingNoise = false
        for word in raw {
            if OCRNoise.isNoise(word) {
                pendingNoise = true
                tokenIndex.append(nil)
            } else {
                tokenIndex.append(all.count)
                all.append(Token(word, afterNoise: pendingNoise))
                pendingNoise = false
            }
        }
        tokens = all
        guard let span = FlattenedLine.durationSpan(in: raw) else {
            duration = nil
            beforeDuration = all
            afterDuration = []
            return
        }
        duration = raw[span].joined(separator: " ")
        beforeDuration = Array(all.prefix(tokenIndex[..<span.lowerBound].lazy.filter { $0 != nil }.count))
        // The Waktu words end any noise run before the first word after them.
        var after: [Token] = []
        pendingNoise = false
        for index in raw.indices[span.upperBound...] {
            if let token = tokenIndex[index].map({ all[$0] }) {
                var token = token
                token.afterNoise = pendingNoise
                after.append(token)
                pendingNoise = false
            } else {
                pendingNoise = true
            }
        }
        afterDuration = after
    }

    /// The words of a line as the flattened readers see them: cleaned, split at spaces, a "|" standing
    /// apart ("Sekreta|Kasubbag" → "Sekreta", "|", "Kasubbag").
    static func words(_ text: String) -> [String] {
        let cleaned = TextCleaning.clean(pipesApart(text))
        // In ASCII text every byte is a character (a cleaned line holds no CR LF pair).
        if cleaned.utf8.allSatisfy({ $0 < 0x80 }) {
            return cleaned.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
        }
        return cleaned.split(separator: " ").map(String.init)
    }

    /// `text.replacingOccurrences(of: "|", with: " | ")`, done on the bytes when every "|" stands between
    /// ASCII characters (then it is a character of its own); Foundation's replacement otherwise.
    private static func pipesApart(_ text: String) -> String {
        let utf8 = text.utf8
        let pipe = UInt8(ascii: "|")
        guard utf8.contains(pipe) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        var previous: UInt8 = 0
        var iterator = utf8.makeIterator()
        var next = iterator.next()
        while let byte = next {
            next = iterator.next()
            if byte == pipe {
                guard previous < 0x80, next.map({ $0 < 0x80 }) ?? true else {
                    return text.replacingOccurrences(of: "|", with: " | ")
                }
                bytes.append(0x20)
                bytes.append(pipe)
                bytes.append(0x20)
            } else {
                bytes.append(byte)
            }
            previous = byte
        }
        return String(decoding: bytes, as: UTF8.self)
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
