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
        read(TextCleaning.clean(raw)) != nil
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
        var scanner = Scanner(Array(text))
        guard let low = scanner.number() else { return nil }
        var high = low
        let afterLow = scanner.position
        scanner.skipSpaces()
        if scanner.skip(anyOf: ["-", "–", "—", "s/d", "sampai", "s.d."]) {
            scanner.skipSpaces()
            if let value = scanner.number() { high = value } else { scanner.position = afterLow }
        } else {
            scanner.position = afterLow
        }
        scanner.skipSpaces()
        let word = scanner.word().lowercased()
        guard let unit = units.first(where: { entry in entry.prefixes.contains { word.hasPrefix($0) } })?.unit else {
            return nil
        }
        let rest = String(scanner.remaining).lowercased()
        let restWords = rest.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let workingDays = unit == .day && (word.hasSuffix("kerja") || restWords.first.map { $0.hasPrefix("kerja") } == true)
        var per: String?
        if let index = restWords.firstIndex(of: "per"), index + 1 < restWords.count {
            let originalWords = String(scanner.remaining).split(whereSeparator: { $0.isWhitespace }).map(String.init)
            if index + 1 < originalWords.count {
                per = TextCleaning.trimListPunctuation(originalWords[index + 1])
            }
        }
        return Duration(text: text, min: low, max: high, unit: unit, workingDays: workingDays, per: per)
    }

    /// False when the first non-space byte is ASCII and no digit: such a cell cannot open with the
    /// number a duration needs, and is turned down without building the character scanner.
    private static func mayStartWithNumber(_ text: String) -> Bool {
        guard let first = text.utf8.first(where: { $0 != 0x20 && !(0x09...0x0D).contains($0) }) else { return false }
        return first >= 0x80 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
    }

    /// A tiny cursor over the characters of a cell.
    private struct Scanner {
        let chars: [Character]
        var position = 0

        init(_ chars: [Character]) { self.chars = chars }

        var remaining: ArraySlice<Character> { chars[min(position, chars.count)...] }

        mutating func skipSpaces() {
            while position < chars.count, chars[position].isWhitespace { position += 1 }
        }

        mutating func number() -> Double? {
            skipSpaces()
            var digits = ""
            while position < chars.count, chars[position].isNumber || (chars[position] == "," || chars[position] == ".") && !digits.isEmpty {
                digits.append(chars[position] == "," ? "." : chars[position])
                position += 1
            }
            while digits.hasSuffix(".") {
                digits.removeLast()
                position -= 1
            }
            // A run of hundreds of digits overflows to infinity, which JSON cannot hold: not a number.
            return Double(digits).flatMap { $0.isFinite ? $0 : nil }
        }

        mutating func skip(anyOf tokens: [String]) -> Bool {
            for token in tokens {
                let t = Array(token)
                if position + t.count <= chars.count,
                   chars[position..<(position + t.count)].map({ Character($0.lowercased()) }) == t {
                    position += t.count
                    return true
                }
            }
            return false
        }

        mutating func word() -> String {
            var out = ""
            while position < chars.count, chars[position].isLetter {
                out.append(chars[position])
                position += 1
            }
            return out
        }
    }
}
