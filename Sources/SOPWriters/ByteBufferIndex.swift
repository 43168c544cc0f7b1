import SOPModel

extension ByteBuffer {
    /// `append(decimal:)`, with one- and two-digit values (the row, lane and step numbers that ids and
    /// tables are full of) written directly instead of by the general digit loop.
    @inline(__always)
    mutating func appendIndex(_ value: Int) {
        if value >= 0 && value < 10 {
            append(UInt8(truncatingIfNeeded: 48 + value))
        } else if value >= 10 && value < 100 {
            append(UInt8(truncatingIfNeeded: 48 + value / 10))
            append(UInt8(truncatingIfNeeded: 48 + value % 10))
        } else {
            append(decimal: value)
        }
    }
}
