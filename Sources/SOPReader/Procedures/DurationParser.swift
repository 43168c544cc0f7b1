import SOPModel

/// Reads a Waktu cell ("30 Menit", "2-3 hari", "5Jam", "2 Hari Kerja", "60 Menit per OPD") into a `Duration`.
public enum DurationParser {
    /// The outcome of reading one cell: the duration (nil for a blank cell) and whether its grammar was understood.
    public struct Result: Sendable, Equatable {
        public var duration: Duration?
        /// False when the cell has text but no number-and-unit could be read from its start.
        public var understood: Bool
    }

    /// True when the text is nothing but `-` and `;` Characters. Read from the bytes when each byte is a
    /// Character; otherwise by Characters, since some are equal to `;` without being its byte (U+037E).
    private static func isBlank(_ text: String) -> Bool {
        guard ASCIIText.isOneBytePerCharacter(text) else { return text.allSatisfy { $0 == "-" || $0 == ";" } }
        return text.utf8.allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ";") }
    }

    /// Parses a cell. Blank (or `-`) gives a nil duration; text without a leading number and unit is kept
    /// as `Duration(text:)` with `understood == false`.
    public static func parse(_ raw: String) -> Result {
        let text = TextCleaning.clean(raw)
        if isBlank(text) { return Result(duration: nil, understood: true) }
        guard let reading = read(text) else {
            return Result(duration: Duration(text: text), understood: false)
        }
        return Result(duration: reading, understood: true)
    }

    /// True when the cell starts with a number and a time unit: the recognisable shape of a Waktu cell.
    public static func looksLikeDuration(_ raw: String) -> Bool {
        opensWithDuration(TextCleaning.clean(raw))
    }

    /// `looksLikeDuration` of text already cleaned once (it is cleaned again, as `parse` does).
    static func opensWithDuration(_ text: String) -> Bool {
        let text = TextCleaning.clean(text)
        guard mayStartWithNumber(text) else { return false }
        var bytes = text
        if let ascii = bytes.withUTF8({ utf8 -> Bool? in
            guard ASCIIText.isOneBytePerCharacter(utf8) else { return nil }
            var scanner = Scanner(utf8)
            return head(&scanner) != nil
        }) { return ascii }
        var scanner = Scanner(Array(text))
        return head(&scanner) != nil
    }

    /// The unit words by the unit they name, each matched as the prefix of a cell's lower-cased word.
    private static let units: [(prefixes: [String], unit: Duration.Unit)] = [
        (["menit", "mnt", "minute"], .minute),
        (["jam", "hour"], .hour),
        (["hari", "day"], .day),
        (["minggu", "pekan", "week"], .week),
        (["bulan", "bln", "month"], .month),
        (["tahun", "thn", "year"], .year),
    ]

    /// `units` as bytes, in the same order.
    private static let unitBytes: [(prefix: [UInt8], unit: Duration.Unit)] =
        units.flatMap { entry in entry.prefixes.map { (Array($0.utf8), entry.unit) } }

    /// "kerja" as bytes, the ending of a unit word that makes days working days ("harikerja").
    private static let kerja = Array("kerja".utf8)

    private static func read(_ text: String) -> Duration? {
        guard mayStartWithNumber(text) else { return nil }
        // ASCII text is scanned as its bytes (one byte, one character); any other text as characters.
        var bytes = text
        if let ascii = bytes.withUTF8({ utf8 -> Duration?? in
            guard ASCIIText.isOneBytePerCharacter(utf8) else { return nil }
            return .some(read(text, scanning: utf8))
        }) { return ascii }
        return read(text, scanning: Array(text))
    }

    private static func read<Cell: RandomAccessCollection>(_ text: String, scanning cell: Cell) -> Duration?
    where Cell.Index == Int, Cell.Element: DurationTextUnit {
        var scanner = Scanner(cell)
        guard let (low, high, unit, kerja) = head(&scanner) else { return nil }
        let rest = Cell.Element.rest(cell[min(scanner.position, cell.count)...])
        let workingDays = unit == .day && (kerja || rest.opensWithKerja)
        return Duration(text: text, min: low, max: high, unit: unit, workingDays: workingDays, per: rest.per)
    }

    /// The unit a lower-cased ASCII word opens with (the first of `units` that is a prefix of it), and
    /// whether the word ends in "kerja".
    fileprivate static func unit(ofASCIIWord word: some Collection<UInt8>) -> (unit: Duration.Unit, kerja: Bool)? {
        guard let first = word.first.map(ASCIIText.lowercased) else { return nil }
        guard let unit = unitBytes.first(where: { entry in
            entry.prefix.first == first && entry.prefix.count <= word.count
                && zip(word, entry.prefix).allSatisfy { ASCIIText.lowercased($0) == $1 }
        })?.unit else { return nil }
        let kerjaEnd = word.count >= kerja.count
            && zip(word.suffix(kerja.count), kerja).allSatisfy { ASCIIText.lowercased($0) == $1 }
        return (unit, kerjaEnd)
    }

    /// `unit(ofASCIIWord:)` of a word of characters, lower-cased as a string.
    fileprivate static func unit(ofWord characters: some Collection<Character>) -> (unit: Duration.Unit, kerja: Bool)? {
        let word = String(characters).lowercased()
        // A prefix can match only a word with its first byte.
        let first = word.utf8.first
        guard let unit = units.first(where: { entry in
            entry.prefixes.contains { $0.utf8.first == first && word.hasPrefix($0) }
        })?.unit else { return nil }
        return (unit, word.hasSuffix("kerja"))
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
    fileprivate static func rest<Bytes: RandomAccessCollection<UInt8>>(ofBytes bytes: Bytes) -> Rest where Bytes.Index == Int {
        func word(from index: Int) -> Range<Int>? { ASCIIText.wordRange(in: bytes, from: index) }
        func lowered(_ word: Range<Int>, equalTo pattern: StaticString, prefixOnly: Bool) -> Bool {
            let pattern = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
            guard prefixOnly ? word.count >= pattern.count : word.count == pattern.count else { return false }
            return zip(bytes[word], pattern).allSatisfy { ASCIIText.lowercased($0) == $1 }
        }
        var current = word(from: bytes.startIndex)
        let opensWithKerja = current.map { lowered($0, equalTo: "kerja", prefixOnly: true) } ?? false
        while let found = current, !lowered(found, equalTo: "per", prefixOnly: false) { current = word(from: found.upperBound) }
        let per = current.flatMap { word(from: $0.upperBound) }.map {
            TextCleaning.trimListPunctuation(String(decoding: bytes[$0], as: UTF8.self))
        }
        return Rest(opensWithKerja: opensWithKerja, per: per)
    }

    /// The number or range and the unit a cell opens with, and whether the unit's word ends in "kerja";
    /// nil when it opens with no number and unit. The scanner is left after the unit's word.
    private static func head<Cell>(_ scanner: inout Scanner<Cell>)
        -> (low: Double, high: Double, unit: Duration.Unit, kerja: Bool)? {
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
        guard let (unit, kerja) = Cell.Element.unit(ofWord: scanner.word()) else { return nil }
        return (low, high, unit, kerja)
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
    private struct Scanner<Cell: RandomAccessCollection> where Cell.Index == Int, Cell.Element: DurationTextUnit {
        typealias Unit = Cell.Element
        let chars: Cell
        var position: Int

        init(_ chars: Cell) {
            self.chars = chars
            self.position = chars.startIndex
        }

        mutating func skipSpaces() {
            while position < chars.endIndex, chars[position].isSpace { position += 1 }
        }

        mutating func number() -> Double? {
            skipSpaces()
            let start = position
            while position < chars.endIndex, chars[position].isNumber || chars[position].isDecimalMark && position > start {
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
            for token in Unit.rangeWords where position + token.count <= chars.endIndex {
                if zip(chars[position...], token).allSatisfy({ $0.lowercaseUnit == $1 }) {
                    position += token.count
                    return true
                }
            }
            return false
        }

        /// The letters from the position on.
        mutating func word() -> Cell.SubSequence {
            let start = position
            while position < chars.endIndex, chars[position].isLetter { position += 1 }
            return chars[start..<position]
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
    static func rest<C: RandomAccessCollection<Self>>(_ units: C) -> DurationParser.Rest where C.Index == Int
    /// The unit a word opens with and whether it ends in "kerja" (both in any case); nil for no unit word.
    static func unit(ofWord word: some Collection<Self>) -> (unit: Duration.Unit, kerja: Bool)?
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
    fileprivate static func rest<C: RandomAccessCollection<UInt8>>(_ units: C) -> DurationParser.Rest where C.Index == Int {
        DurationParser.rest(ofBytes: units)
    }
    fileprivate static func unit(ofWord word: some Collection<UInt8>) -> (unit: Duration.Unit, kerja: Bool)? {
        DurationParser.unit(ofASCIIWord: word)
    }
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
    fileprivate static func rest<C: RandomAccessCollection<Character>>(_ units: C) -> DurationParser.Rest where C.Index == Int {
        DurationParser.rest(of: String(units))
    }
    fileprivate static func unit(ofWord word: some Collection<Character>) -> (unit: Duration.Unit, kerja: Bool)? {
        DurationParser.unit(ofWord: word)
    }
}
