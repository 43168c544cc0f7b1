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

    /// Starts an object member: `"key" : `. `key` must not need escaping.
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
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(utf8[start..<index])
                appendEscape(byte)
                start = index + 1
            }
            bytes.append(utf8[start...])
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
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(UInt8(ascii: " "), count: 2 * max(depth, 0))
    }

    private mutating func append(_ literal: StaticString) {
        bytes.append(literal)
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
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
