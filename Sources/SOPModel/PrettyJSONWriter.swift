/// Writes JSON byte for byte as `JSONEncoder` does with `[.sortedKeys, .prettyPrinted,
/// .withoutEscapingSlashes]`: two-space indent, `"key" : value`, an empty array as `[`, a blank line
/// and `]`, strings as UTF-8 with only `"`, `\` and C0 controls escaped, integral doubles without
/// `.0`. Callers write an object's keys in sorted order themselves; one pass into one byte buffer.
public struct PrettyJSONWriter: ~Copyable {
    /// A double that JSON cannot represent (NaN, infinity); `JSONEncoder` refuses them too.
    struct InvalidNumber: Error, CustomStringConvertible {
        var value: Double
        var description: String { "\(value) cannot be written as a JSON number" }
    }

    private var bytes: ByteBuffer
    private var depth = 0
    /// Whether the open container has no member yet.
    private var empty = true

    public init(capacity: Int) { bytes = ByteBuffer(capacity: capacity) }

    /// The JSON written, lent to `body` as UTF-8 without a copy.
    borrowing func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R { try bytes.withBytes(body) }

    /// The JSON written, as UTF-8; the writer is consumed.
    public consuming func finish() -> [UInt8] { bytes.finish() }

    // MARK: containers

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts an object member: `"key" : `. `key` must not need escaping. Inlined, so the key's
    /// copy is a few stores of a constant.
    @inline(__always)
    public mutating func key(_ key: StaticString) {
        startMember()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(key)
        bytes.append("\" : ")
    }

    /// Starts an array element.
    public mutating func element() { startMember() }

    // MARK: values

    public mutating func null() { append("null") }

    mutating func bool(_ value: Bool) { append(value ? "true" : "false") }

    public mutating func int(_ value: Int) { bytes.append(decimal: value) }

    /// As `JSONEncoder`: the shortest round-tripping form, `.0` dropped from integral values.
    mutating func double(_ value: Double) throws {
        guard value.isFinite else { throw InvalidNumber(value: value) }
        // An integral value below 10^15 is printed "N.0" (no exponent): its digits are the Int's.
        // -0 keeps its sign through `description` ("-0").
        if value.rounded(.towardZero) == value, abs(value) < 1e15, value != 0 || value.sign == .plus {
            bytes.append(decimal: Int(value))
            return
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text)
    }

    public mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        // Native and small strings lend their UTF-8 without the copy of the String `withUTF8` needs.
        if value.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            var value = value
            value.withUTF8 { appendEscaped($0) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    mutating func double(_ value: Double?) throws {
        if let value { try double(value) } else { null() }
    }

    /// An array of strings.
    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values {
            element()
            string(value)
        }
        endArray()
    }

    /// An array whose elements `write` writes (after `element()` has started each).
    mutating func array<Element>(_ values: [Element], _ write: (inout PrettyJSONWriter, Element) throws -> Void) rethrows {
        beginArray()
        for value in values {
            element()
            try write(&self, value)
        }
        endArray()
    }

    /// The line feed that ends a JSON file.
    public mutating func endOfFile() { bytes.append(UInt8(ascii: "\n")) }

    // MARK: layout

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        empty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if empty { bytes.append(UInt8(ascii: "\n")) }
        newline()
        bytes.append(bracket)
        empty = false
    }

    private mutating func startMember() {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        newline()
    }

    private mutating func newline() {
        bytes.appendNewline(indent: 2 * max(depth, 0))
    }

    private mutating func append(_ literal: StaticString) {
        bytes.append(literal)
    }

    /// The UTF-8 of a string's contents with `"`, `\` and C0 controls escaped: eight bytes are tested
    /// at a time (the last few with the word that ends the string), bytes one by one only in a word
    /// that holds an escape, and each run between escapes is copied with one append.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        let count = utf8.count
        func needsNoEscape(at offset: Int) -> Bool {
            !JSONEscapes.anyIn(UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
        }
        var runStart = 0
        var index = 0
        while index < count {
            if index + 8 <= count {
                if needsNoEscape(at: index) {
                    index += 8
                    continue
                }
            } else if count >= 8 && needsNoEscape(at: count - 8) {
                break
            }
            let end = min(index + 8, count)
            while index < end {
                let byte = base[index]
                if JSONEscapes.needsEscape(byte) {
                    bytes.append(UnsafeBufferPointer(start: base + runStart, count: index - runStart))
                    appendEscape(byte)
                    runStart = index + 1
                }
                index += 1
            }
        }
        bytes.append(UnsafeBufferPointer(start: base + runStart, count: count - runStart))
    }

    private mutating func appendEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append("u00")
            bytes.append(Self.hexDigit(byte >> 4))
            bytes.append(Self.hexDigit(byte & 0x0F))
        }
    }

    /// The lowercase hex digit of a value below 16.
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}

extension ByteBuffer {
    /// Appends a line feed and `indent` spaces, the spaces stored eight at a time (room is made for
    /// up to seven more; the bytes stored past the new end are not part of the buffer).
    @inline(__always)
    fileprivate mutating func appendNewline(indent: Int) {
        let total = 1 + indent
        if used + total + 8 > capacity { grow(minimum: used + total + 8) }
        let start = UnsafeMutableRawPointer(base + used)
        start.storeBytes(of: UInt8(ascii: "\n"), as: UInt8.self)
        var offset = 1
        while offset < total {
            start.storeBytes(of: 0x2020_2020_2020_2020 as UInt64, toByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        used = used + total
    }
}
