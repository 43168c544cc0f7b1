import SOPModel
import Foundation

/// A strict RFC 8259 JSON parser over UTF-8 bytes. Duplicate keys keep the last value (as python's
/// `json` does); nesting deeper than `maximumDepth` is rejected instead of exhausting the stack.
public struct JSONParser {
    /// Why the bytes are not JSON, with the 1-based line and column of the problem.
    public struct SyntaxError: Error, CustomStringConvertible, Equatable {
        public var message: String
        public var line: Int
        public var column: Int
        public var description: String { "line \(line), column \(column): \(message)" }
    }

    public static let maximumDepth = 256

    let bytes: [UInt8]
    var position = 0
    /// Whether the text had something this parser resolves silently but another reader may not: a
    /// byte order mark, a duplicate key, invalid UTF-8, an unpaired surrogate escape or a number that
    /// overflows or underflows a Double.
    private(set) var hasIrregularity = false

    init(_ data: Data) { bytes = Array(data) }

    /// A parser over bytes already in an array (no copy).
    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Parses one JSON text (a UTF-8 byte order mark is skipped).
    public static func parse(_ data: Data) throws(SyntaxError) -> JSONValue {
        try parseNotingIrregularities(data).value
    }

    /// Parses one JSON text and tells whether it had an irregularity (see `hasIrregularity`).
    static func parseNotingIrregularities(_ data: Data) throws(SyntaxError) -> (value: JSONValue, hasIrregularity: Bool) {
        try read(JSONParser(data))
    }

    /// Parses one JSON text held in an array (no copy).
    static func parse(bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        try read(JSONParser(bytes: bytes)).value
    }

    /// The whole text of a new parser as one value, noting irregularities.
    private static func read(_ start: JSONParser) throws(SyntaxError) -> (value: JSONValue, hasIrregularity: Bool) {
        var parser = start
        if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            parser.position = 3
            parser.hasIrregularity = true
        }
        parser.skipWhitespace()
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.position == parser.bytes.count else { throw parser.error("unexpected text after the JSON value") }
        return (value, parser.hasIrregularity)
    }

    mutating func value(depth: Int) throws(SyntaxError) -> JSONValue {
        guard depth < Self.maximumDepth else { throw error("nesting deeper than \(Self.maximumDepth) levels") }
        guard let byte = peek() else { throw error("unexpected end of input") }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal(Self.trueBytes); return .bool(true)
        case UInt8(ascii: "f"): try literal(Self.falseBytes); return .bool(false)
        case UInt8(ascii: "n"): try literal(Self.nullBytes); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("unexpected character '\(Character(Unicode.Scalar(byte)))'")
        }
    }

    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let nullBytes = Array("null".utf8)

    /// Members and elements of the containers being parsed, innermost last: each container is built
    /// once at its exact size from its part of these stacks.
    private var pendingMembers: [(key: String, value: JSONValue)] = []
    private var pendingElements: [JSONValue] = []

    private mutating func object(depth: Int) throws(SyntaxError) -> JSONValue {
        position += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "}") { position += 1; return .object([:]) }
        let start = pendingMembers.count
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw error("expected a string key") }
            let key = try string()
            skipWhitespace()
            try expect(":")
            skipWhitespace()
            pendingMembers.append((key, try value(depth: depth + 1)))
            skipWhitespace()
            if peek() == UInt8(ascii: ",") { position += 1; continue }
            try expect("}")
            var members = [String: JSONValue](minimumCapacity: pendingMembers.count - start)
            for (key, value) in pendingMembers[start...] where members.updateValue(value, forKey: key) != nil {
                hasIrregularity = true
            }
            pendingMembers.removeSubrange(start...)
            return .object(members)
        }
    }

    private mutating func array(depth: Int) throws(SyntaxError) -> JSONValue {
        position += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "]") { position += 1; return .array([]) }
        let start = pendingElements.count
        while true {
            skipWhitespace()
            pendingElements.append(try value(depth: depth + 1))
            skipWhitespace()
            if peek() == UInt8(ascii: ",") { position += 1; continue }
            try expect("]")
            let elements = Array(pendingElements[start...])
            pendingElements.removeSubrange(start...)
            return .array(elements)
        }
    }

    /// A string: runs without escapes are decoded from the bytes in one go (invalid UTF-8 becomes U+FFFD).
    mutating func string() throws(SyntaxError) -> String {
        position += 1
        var result = ""
        var runStart = position
        var runIsASCII = true
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                let run = decodeRun(runStart..<position - 1, isASCII: runIsASCII)
                if result.isEmpty { return run }
                result += run
                return result
            case UInt8(ascii: "\\"):
                result += decodeRun(runStart..<position - 1, isASCII: runIsASCII)
                result.unicodeScalars.append(try escape())
                runStart = position
                runIsASCII = true
            case 0x80...:
                runIsASCII = false
            case 0..<0x20:
                throw error("control character in a string")
            default:
                continue
            }
        }
        throw error("unterminated string")
    }

    /// Steps over a string at `position` made only of printable ASCII without escapes (its text is
    /// its bytes) and gives the range of its content; nil, with `position` unchanged, for any other.
    /// Eight bytes are tested at a time: the first that ends the string or makes it not plain decides.
    mutating func skipPlainString() -> Range<Int>? {
        let start = position + 1
        let end: Int? = bytes.withUnsafeBufferPointer { bytes in
            var index = start
            if let base = bytes.baseAddress {
                while index + 8 <= bytes.count {
                    let stops = Self.plainTextStops(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
                    if stops != 0 {
                        let stop = index + stops.trailingZeroBitCount / 8
                        return bytes[stop] == UInt8(ascii: "\"") ? stop : nil
                    }
                    index += 8
                }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { return index }
                guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { return nil }
                index += 1
            }
            return nil
        }
        guard let end else { return nil }
        position = end + 1
        return start..<end
    }

    /// The high bit of each byte of `word` (first byte lowest) that is a quote, a backslash, a
    /// control character or not ASCII. The lowest bit set is always such a byte; bits above it may
    /// be set for bytes that are not.
    static func plainTextStops(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let belowSpace = (word &- ones &* 0x20) & ~word & highs
        return (word & highs) | belowSpace | zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x5C))
    }

    /// The text of the bytes in `range`; invalid UTF-8 becomes U+FFFD and is noted as an irregularity.
    private mutating func decodeRun(_ range: Range<Int>, isASCII: Bool) -> String {
        let run = bytes[range]
        let text = String(decoding: run, as: UTF8.self)
        if !isASCII, !text.utf8.elementsEqual(run) { hasIrregularity = true }
        return text
    }

    private mutating func escape() throws(SyntaxError) -> Unicode.Scalar {
        guard let byte = peek() else { throw error("unterminated escape") }
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try hexUnit()
            if (0xD800..<0xDC00).contains(unit), bytes[position...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) {
                let saved = position
                position += 2
                let low = try hexUnit()
                if (0xDC00..<0xE000).contains(low),
                   let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) {
                    return scalar
                }
                position = saved
            }
            guard let scalar = Unicode.Scalar(unit) else {
                hasIrregularity = true
                return "\u{FFFD}"
            }
            return scalar
        default:
            throw error("invalid escape '\\\(Character(Unicode.Scalar(byte)))'")
        }
    }

    private mutating func hexUnit() throws(SyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count,
              let unit = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16) else {
            throw error("invalid \\u escape")
        }
        position += 4
        return unit
    }

    private mutating func number() throws(SyntaxError) -> JSONValue {
        let start = position
        let negative = peek() == UInt8(ascii: "-")
        if negative { position += 1 }
        var fractionOrExponent = false
        if peek() == UInt8(ascii: "0") {
            position += 1
        } else {
            guard digits() > 0 else { throw error("invalid number") }
        }
        if peek() == UInt8(ascii: ".") {
            fractionOrExponent = true
            position += 1
            guard digits() > 0 else { throw error("invalid number: no digit after '.'") }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            fractionOrExponent = true
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw error("invalid number: no digit in the exponent") }
        }
        let digitCount = position - start - (negative ? 1 : 0)
        if !fractionOrExponent, digitCount <= Self.exactIntegerDigits {
            var magnitude = 0
            for byte in bytes[(negative ? start + 1 : start)..<position] { magnitude = magnitude * 10 + Int(byte &- UInt8(ascii: "0")) }
            return .number(negative ? -Double(magnitude) : Double(magnitude))
        }
        guard let value = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else {
            throw error("invalid number")
        }
        // JSONDecoder refuses a number that overflows or underflows ("1e400", "1e-400"): let it say so.
        if !value.isFinite || (value == 0 && bytes[start..<position].contains { (UInt8(ascii: "1")...UInt8(ascii: "9")).contains($0) }) {
            hasIrregularity = true
        }
        return .number(value)
    }

    /// Integers of up to this many digits are exact in a Double, so they need no text conversion.
    private static let exactIntegerDigits = 15

    private mutating func digits() -> Int {
        let start = position
        while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { position += 1 }
        return position - start
    }

    private mutating func literal(_ expected: [UInt8]) throws(SyntaxError) {
        guard bytes.count - position >= expected.count else { throw error("invalid literal") }
        for offset in expected.indices where bytes[position + offset] != expected[offset] { throw error("invalid literal") }
        position += expected.count
    }

    /// Steps over `character` (ASCII), or throws.
    @inline(__always)
    mutating func expect(_ character: Unicode.Scalar) throws(SyntaxError) {
        guard position < bytes.count, bytes[position] == UInt8(truncatingIfNeeded: character.value) else {
            throw error("expected '\(character)'")
        }
        position += 1
    }

    /// Steps over spaces, tabs, line feeds and carriage returns; runs of spaces (indentation) are
    /// read eight bytes at a time, the first byte that is not a space found by bit operations.
    mutating func skipWhitespace() {
        guard position < bytes.count, bytes[position] <= 0x20 else { return }   // whitespace bytes are all ≤ 0x20
        let start = position
        position = bytes.withUnsafeBufferPointer { bytes in
            var index = start
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x20, index + 8 <= bytes.count, let base = bytes.baseAddress {
                    let notSpaces = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) ^ 0x2020_2020_2020_2020
                    index += notSpaces == 0 ? 8 : notSpaces.trailingZeroBitCount / 8
                } else if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                    index += 1
                } else {
                    break
                }
            }
            return index
        }
    }

    /// Steps over " : " (the colon of pretty-printed JSON) and any whitespace after it; false, with
    /// `position` unchanged, when the text there is spelled otherwise.
    mutating func skipSpacedColon() -> Bool {
        guard bytes.count - position > 3, bytes[position] == UInt8(ascii: " "), bytes[position + 1] == UInt8(ascii: ":"),
              bytes[position + 2] == UInt8(ascii: " ") else { return false }
        position += 3
        skipWhitespace()
        return true
    }

    func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    /// An error at the current position; the line and column are counted only when an error is thrown.
    private func error(_ message: String) -> SyntaxError {
        let consumed = bytes[..<min(position, bytes.count)]
        let line = consumed.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = consumed.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return SyntaxError(message: message, line: line, column: consumed.count - lineStart + 1)
    }
}
