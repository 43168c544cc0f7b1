/// Appending text to a UTF-8 byte buffer, for the writers that build their output in one `[UInt8]`.
extension Array where Element == UInt8 {
    /// Appends the UTF-8 bytes of a literal.
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// Appends the decimal digits of an integer, with "-" before a negative one.
    mutating func append(decimal value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        appendDigits(of: value.magnitude)
    }

    private mutating func appendDigits(of value: UInt) {
        if value >= 10 { appendDigits(of: value / 10) }
        append(UInt8(48 + value % 10))
    }
}

/// A set of UTF-8 byte values, tested by table lookup: for escapers that copy text with none of
/// their special bytes whole.
struct ByteSet: Sendable {
    private let table: [Bool]

    init(_ contains: (UInt8) -> Bool) {
        table = (0...255).map { contains(UInt8($0)) }
    }

    /// Whether any byte of the UTF-8 of `text` is in the set.
    func containsAny(of text: String) -> Bool {
        table.withUnsafeBufferPointer { table in
            text.utf8.withContiguousStorageIfAvailable { bytes in bytes.contains { table[Int($0)] } }
                ?? text.utf8.contains { table[Int($0)] }
        }
    }

    /// Whether any of `bytes` is in the set.
    func containsAny(of bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        table.withUnsafeBufferPointer { table in bytes.contains { table[Int($0)] } }
    }
}
