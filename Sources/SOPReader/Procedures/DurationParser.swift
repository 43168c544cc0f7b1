import SOPModel

/// Reads a Waktu cell ("30 Menit", "2-3 hari", "5Jam", "2 Hari Kerja", "60 Menit per OPD") into a `Duration`.
public enum DurationParser {
    /// The outcome of reading one cell: the duration (nil for a blank cell) and whether its grammar was understood.
    public struct Result: Sendable, Equatable {
        public var duration: Duration?
        /// False when the cell has text but no number-and-unit could be read from its start.
        public var understood: Bool
    }

    /// Parses a cell. Blank (or `-`) gives a nil duration; text without a leading number and unit is kept
    /// as `Duration(text:)` with `understood == false`.
    public static func parse(_ raw: String) -> Result {
        let text = TextCleaning.clean(raw)
        if text.isEmpty || text.allSatisfy({ $0 == "-" || $0 == ";" }) {
            return Result(duration: nil, understood: true)
        }
        guard let reading = read(text) else {
            return Result(duration: Duration(text: text), understood: false)
        }
        return Result(duration: reading, understood: true)
    }

    /// True when the cell starts with a number and a time unit: the recognisable shape of a Waktu cell.
    public static func looksLikeDuration(_ raw: String) -> Bool {
        let text = TextCleaning.clean(raw)
        guard mayStartWithNumber(text) else { return false }
        if ASCIIText.isOneBytePerCharacter(text) {
            var scanner = Scanner(Array(text.utf8))
            return head(&scanner) != nil
        }
        var scanner = Scanner(Array(text))
        return head(&scanner) != nil
    }

    private static let units: [(prefixes: [String], unit: Duration.Unit)] = [
        (["menit", "mnt", "minute"], .minute),
        (["jam", "hour"], .hour),
        (["hari", "day"], .day),
        (["minggu", "pekan", "week"], .week),
        (["bulan", "bln", "month"], .month),
        (["tahun", "thn", "year"], .year),
    ]

    private static func read(_ text: String) -> Duration? {
        guard mayStartWithNumber(text) else { return nil }
        // ASCII text is scanned as bytes (one byte, one character); any other text as characters.
        if ASCIIText.isOneBytePerCharacter(text) { return read(text, scanning: Array(text.utf8)) }
        return read(text, scanning: Array(text))
    }

    private static func read<Unit: DurationTextUnit>(_ text: String, scanning cell: [Unit]) -> Duration? {
        var scanner = Scanner(cell)
        guard let (low, high, unit, word) = head(&scanner) else { return nil }
        let rest = Unit.rest(cell[min(scanner.position, cell.count)...])
        let workingDays = unit == .day && (word.hasSuffix("kerja") || rest.opensWithKerja)
        return Duration(text: text, min: low, max: high, unit: unit, workingDays: workingDays, per: rest.per)
    }

    /// What the text after a cell's unit word tells: whether its first word starts with "kerja", and
    /// the word after its first word "per" (in any case), as written and trimmed of list punctuation.
    fileprivate struct Rest {
        var opensWithKerja: Bool
        var per: String?
    }

    /// `Rest` of a text by `Character`, its words split at whitespace.
    fileprivate static func rest(of remaining: String) -> Rest {
        let restWords = remaining.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
        var per: String?
        if let index = restWords.firstIndex(of: "per"), index + 1 < restWords.count {
            let originalWords = remaining.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            if index + 1 < originalWords.count {
                per = TextCleaning.trimListPunctuation(originalWords[index + 1])
            }
        }
        return Rest(opensWithKerja: restWords.first.map { $0.hasPrefix("kerja") } == true, per: per)
    }

    /// `rest(of:)` of ASCII bytes without CR (one byte, one character; lower-casing maps A–Z only), read
    /// from the bytes without making strings of the words.
    fileprivate static func rest(ofBytes bytes: ArraySlice<UInt8>) -> Rest {
        var words: [Range<Int>] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            while index < bytes.endIndex, ASCIIText.isWhitespace(bytes[index]) { index += 1 }
            let start = index
            while index < bytes.endIndex, !ASCIIText.isWhitespace(bytes[index]) { index += 1 }
            if start < index { words.append(start..<index) }
        }
        func lowered(_ word: Range<Int>, equalTo pattern: String, prefixOnly: Bool) -> Bool {
            let pattern = pattern.utf8
            guard prefixOnly ? word.count >= pattern.count : word.count == pattern.count else { return false }
            return zip(bytes[word], pattern).allSatisfy { ASCIIText.lowercased($0) == $1 }
        }
        let opensWithKerja = words.first.map { lowered($0, equalTo: "kerja", prefixOnly: true) } ?? false
        var per: String?
        if let index = words.firstIndex(where: { lowered($0, equalTo: "per", prefixOnly: false) }), index + 1 < words.count {
            per = TextCleaning.trimListPunctuation(String(decoding: bytes[words[index + 1]], as: UTF8.self))
        }
        return Rest(opensWithKerja: opensWithKerja, per: per)
    }

    /// The number or range and the unit a cell opens with, and the unit's word (lower-cased); nil when it
    /// opens with no number and unit. The scanner is left after the unit's word.
    private static func head<Unit: DurationTextUnit>(_ scanner: inout Scanner<Unit>)
        -> (low: Double, high: Double, unit: Duration.Unit, word: String)? {
        guard let low = scanner.number() else { return nil }
        var high = low
        let afterLow = scanner.position
        scanner.skipSpaces()
        if scanner.skipRangeWord() {
            scanner.skipSpaces()
            if let value = scanner.number() { high = value } else { scanner.position = afterLow }
        } else {
            scanner.position = afterLow
        }
        scanner.skipSpaces()
        let word = scanner.word().lowercased()
        // A prefix can match only a word with its first byte.
        let first = word.utf8.first
        guard let unit = units.first(where: { entry in
            entry.prefixes.contains { $0.utf8.first == first && word.hasPrefix($0) }
        })?.unit else { return nil }
        return (low, high, unit, word)
    }

    /// What may stand between the two numbers of a range ("2-3", "2 s/d 3", "2 sampai 3").
    fileprivate static let rangeWords = ["-", "–", "—", "s/d", "sampai", "s.d."]

    /// False when the first non-space byte is ASCII and no digit: such a cell cannot open with the
    /// number a duration needs, and is turned down without building the character scanner.
    private static func mayStartWithNumber(_ text: String) -> Bool {
        guard let first = text.utf8.first(where: { !ASCIIText.isWhitespace($0) }) else { return false }
        return first >= 0x80 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
    }

    /// A tiny cursor over the units of a cell: its bytes when it is ASCII, else its characters.
    private struct Scanner<Unit: DurationTextUnit> {
        let chars: [Unit]
        var position = 0

        init(_ chars: [Unit]) { self.chars = chars }

        mutating func skipSpaces() {
            while position < chars.count, chars[position].isSpace { position += 1 }
        }

        mutating func number() -> Double? {
            skipSpaces()
            let start = position
            while position < chars.count, chars[position].isNumber || chars[position].isDecimalMark && position > start {
                position += 1
            }
            while position > start, chars[position - 1].isDecimalMark { position -= 1 }
            let run = chars[start..<position]
            // Up to 15 ASCII digits are read exactly as an integer, without making a string of them.
            if run.count <= 15, run.allSatisfy({ $0.asciiDigit != nil }) {
                return run.isEmpty ? nil : Double(run.reduce(0) { $0 * 10 + ($1.asciiDigit ?? 0) })
            }
            let digits = run.map { $0.isComma ? Unit.period : $0 }
            // A run of hundreds of digits overflows to infinity, which JSON cannot hold: not a number.
            return Double(Unit.string(digits[...])).flatMap { $0.isFinite ? $0 : nil }
        }

        /// Skips the first of `rangeWords` that stands at the position (in any case).
        mutating func skipRangeWord() -> Bool {
            for token in Unit.rangeWords where position + token.count <= chars.count {
                if zip(chars[position...], token).allSatisfy({ $0.lowercaseUnit == $1 }) {
                    position += token.count
                    return true
                }
            }
            return false
        }

        mutating func word() -> String {
            let start = position
            while position < chars.count, chars[position].isLetter { position += 1 }
            return Unit.string(chars[start..<position])
        }
    }
}

/// One unit of a Waktu cell for `DurationParser`'s scanner: a byte of ASCII text or a `Character`.
private protocol DurationTextUnit: Equatable {
    var isSpace: Bool { get }
    var isNumber: Bool { get }
    var isLetter: Bool { get }
    /// `,` or `.`
    var isDecimalMark: Bool { get }
    var isComma: Bool { get }
    var lowercaseUnit: Self { get }
    static var period: Self { get }
    /// The value of an ASCII digit, nil for any other unit.
    var asciiDigit: Int? { get }
    /// `DurationParser.rangeWords` in these units.
    static var rangeWords: [[Self]] { get }
    static func string(_ units: ArraySlice<Self>) -> String
    /// `DurationParser.Rest` of the units after a unit word.
    static func rest(_ units: ArraySlice<Self>) -> DurationParser.Rest
}

extension UInt8: DurationTextUnit {
    fileprivate var isSpace: Bool { ASCIIText.isWhitespace(self) }
    fileprivate var isNumber: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
    fileprivate var isLetter: Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self | 0x20) }
    fileprivate var isDecimalMark: Bool { self == UInt8(ascii: ",") || self == UInt8(ascii: ".") }
    fileprivate var isComma: Bool { self == UInt8(ascii: ",") }
    fileprivate var lowercaseUnit: UInt8 { ASCIIText.lowercased(self) }
    fileprivate static var period: UInt8 { UInt8(ascii: ".") }
    fileprivate var asciiDigit: Int? { isNumber ? Int(self - UInt8(ascii: "0")) : nil }
    fileprivate static let rangeWords = DurationParser.rangeWords.map { Array($0.utf8) }
    fileprivate static func string(_ units: ArraySlice<UInt8>) -> String { String(decoding: units, as: UTF8.self) }
    fileprivate static func rest(_ units: ArraySlice<UInt8>) -> DurationParser.Rest { DurationParser.rest(ofBytes: units) }
}

extension Character: DurationTextUnit {
    fileprivate var isDecimalMark: Bool { self == "," || self == "." }
    fileprivate var isComma: Bool { self == "," }
    fileprivate var isSpace: Bool { isWhitespace }
    fileprivate var lowercaseUnit: Character { Character(lowercased()) }
    fileprivate static var period: Character { "." }
    fileprivate var asciiDigit: Int? { asciiValue.flatMap { $0.asciiDigit } }
    fileprivate static let rangeWords = DurationParser.rangeWords.map { Array($0) }
    fileprivate static func string(_ units: ArraySlice<Character>) -> String { String(units) }
    fileprivate static func rest(_ units: ArraySlice<Character>) -> DurationParser.Rest { DurationParser.rest(of: String(units)) }
}
