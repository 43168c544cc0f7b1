/// Appending text to a UTF-8 byte buffer, for the writers that build their output in one `[UInt8]`.
extension Array where Element == UInt8 {
    /// Appends the UTF-8 bytes of a literal.
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }
}
