/// The outcome of reading one date cell of the identity page.
public enum DateValue: Equatable, Sendable {
    /// Nothing was written (`-`, `;`, empty).
    case absent
    /// A valid date, ISO 8601 `yyyy-mm-dd`.
    case date(String)
    /// Something non-empty that is not a valid date; the payload is a one-line reason for a diagnostic.
    case invalid(String)
}

/// Reads Tanggal Pembuatan / Revisi / Efektif values: Indonesian month names
/// ("27 September 2024", "10 FEBRUARI 2019", "5 Agt. 2020"), `d/m/yyyy`, `dd-mm-yyyy`,
/// `d.m.yyyy` and ISO `yyyy-mm-dd`, with surrounding punctuation tolerated.
public enum DateParser {
    public static func parse(_ raw: String) -> DateValue {
        var collapsed = TextCleaning.collapseWhitespace(raw)
        let plain = collapsed.withUTF8 { bytes in ASCIIText.isOneBytePerCharacter(bytes) ? trimmedPlain(bytes) : nil }
        let text = plain?.text ?? trimNoise(collapsed)
        if plain?.isPlaceholder ?? (text.isEmpty || text.allSatisfy({ placeholderCharacters.contains($0) || $0.isWhitespace })) {
            return .absent
        }
        var tokens = tokenize(text)
        if tokens.count == 4, case .word(let first) = tokens[0], weekdays.contains(first.lowercased()) {
            tokens.removeFirst()
        }
        guard tokens.count == 3 else { return .invalid("'\(text)' is not a date") }
        switch (tokens[0], tokens[1], tokens[2]) {
        case let (.number(a), .number(b), .number(c)) where a.count == 4:
            return validated(text, year: a, month: b, day: c)
        case let (.number(a), .number(b), .number(c)) where c.count == 4:
            return validated(text, year: c, month: b, day: a)
        case let (.number(day), .word(name), .number(year)) where year.count == 4:
            guard let month = monthNumbers[name.lowercased()] else {
                return .invalid("'\(name)' in '\(text)' is not a month name")
            }
            return validated(text, year: year, month: String(month), day: day)
        default:
            return .invalid("'\(text)' is not a date")
        }
    }

    private enum Token: Equatable {
        case number(String)
        case word(String)
    }

    /// Values that mean "nothing written".
    static let placeholderCharacters: Set<Character> = ["-", "–", "—", ";", ":", ".", ",", "_"]

    private static let weekdays: Set<String> = ["senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu"]

    /// Indonesian month names, their old spellings and common abbreviations (dot removed by the tokenizer).
    private static let monthNumbers: [String: Int] = {
        let spellings: [[String]] = [
            ["januari", "jan", "january"],
            ["februari", "pebruari", "feb", "peb", "pebr", "febr", "february"],
            ["maret", "mar", "march"],
            ["april", "apr"],
            ["mei", "may"],
            ["juni", "jun", "june"],
            ["juli", "jul", "july"],
            ["agustus", "agu", "agt", "ags", "agst", "agus", "aug", "august"],
            ["september", "sep", "sept"],
            ["oktober", "okt", "oct", "october"],
            ["november", "nopember", "nov", "nop"],
            ["desember", "des", "dec", "december"],
        ]
        var table: [String: Int] = [:]
        for (index, names) in spellings.enumerated() {
            for name in names { table[name] = index + 1 }
        }
        return table
    }()

    /// Punctuation converters leave around a value.
    private static let noise: Set<Character> = [":", ".", ",", ";", "(", ")", "\"", "'"]

    /// Drops whitespace and the punctuation converters leave around a value (": 27 Mei 2020."), from
    /// collapsed text read by `Character`.
    static func trimNoise(_ collapsed: String) -> String {
        var s = Substring(collapsed)
        while let first = s.first, first.isWhitespace || (noise.contains(first) && !s.dropFirst().isEmpty) { s = s.dropFirst() }
        while let last = s.last, last.isWhitespace || ((noise.contains(last) || last == "-") && !s.dropFirst().isEmpty) {
            s = s.dropLast()
        }
        return String(s)
    }

    /// `trimNoise` of collapsed ASCII text without CR (one byte, one `Character`; every noise, placeholder
    /// and whitespace `Character` there is one byte), and whether the trimmed text is only placeholders.
    static func trimmedPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, isPlaceholder: Bool) {
        func isNoise(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "("),
                 UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
            default: false
            }
        }
        var lower = 0, upper = bytes.count
        while lower < upper, ASCIIText.isWhitespace(bytes[lower]) || (isNoise(bytes[lower]) && upper - lower >= 2) { lower += 1 }
        while lower < upper, ASCIIText.isWhitespace(bytes[upper - 1])
                || ((isNoise(bytes[upper - 1]) || bytes[upper - 1] == UInt8(ascii: "-")) && upper - lower >= 2) {
            upper -= 1
        }
        let trimmed = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
        let isPlaceholder = trimmed.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: ","),
                 UInt8(ascii: "_"): true
            default: ASCIIText.isWhitespace(byte)
            }
        }
        return (String(decoding: trimmed, as: UTF8.self), isPlaceholder)
    }

    /// Splits into digit runs and letter runs; every other character separates.
    private static func tokenize(_ text: String) -> [Token] {
        var owner = text
        if let tokens = owner.withUTF8({ ASCIIText.isOneBytePerCharacter($0) ? tokenize(asciiBytes: $0) : nil }) { return tokens }
        var tokens: [Token] = []
        var current = ""
        var currentIsDigits = false
        func flush() {
            if !current.isEmpty { tokens.append(currentIsDigits ? .number(current) : .word(current)) }
            current = ""
        }
        for ch in text {
            let isDigit = ch.isASCII && ch.isNumber
            let isLetter = ch.isLetter || ch == "'"
            if isDigit || isLetter {
                if !current.isEmpty && currentIsDigits != isDigit { flush() }
                currentIsDigits = isDigit
                current.append(ch)
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }

    /// `tokenize` for ASCII text without CR: digits are 0–9, letters A–Z, a–z and the apostrophe.
    private static func tokenize(asciiBytes bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        var start = 0
        var currentIsDigits = false
        func flush(_ end: Int) {
            guard start < end else { return }
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            tokens.append(currentIsDigits ? .number(text) : .word(text))
        }
        for (index, byte) in bytes.enumerated() {
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "'")
            if isDigit || isLetter {
                if start < index, currentIsDigits != isDigit {
                    flush(index)
                    start = index
                }
                currentIsDigits = isDigit
            } else {
                flush(index)
                start = index + 1
            }
        }
        flush(bytes.count)
        return tokens
    }

    private static func validated(_ text: String, year: String, month: String, day: String) -> DateValue {
        guard let y = Int(year), let m = Int(month), let d = Int(day), day.count <= 2, month.count <= 2 else {
            return .invalid("'\(text)' is not a date")
        }
        guard (1...12).contains(m) else { return .invalid("'\(text)' has no month \(m)") }
        guard (1900...2100).contains(y) else { return .invalid("'\(text)' has an implausible year \(y)") }
        let length = daysIn(month: m, year: y)
        guard (1...length).contains(d) else {
            return .invalid("'\(text)' is not a valid date: month \(m) of \(y) has \(length) days")
        }
        return .date(iso(year: y, month: m, day: d))
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `yyyy-mm-dd` of a year 1900–2100, a month 1–12 and a day 1–31, written digit by digit.
    private static func iso(year: Int, month: Int, day: Int) -> String {
        func digit(_ value: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10) }
        return String(unsafeUninitializedCapacity: 10) { out in
            out[0] = digit(year / 1000); out[1] = digit(year / 100); out[2] = digit(year / 10); out[3] = digit(year)
            out[4] = UInt8(ascii: "-"); out[5] = digit(month / 10); out[6] = digit(month)
            out[7] = UInt8(ascii: "-"); out[8] = digit(day / 10); out[9] = digit(day)
            return 10
        }
    }
}
