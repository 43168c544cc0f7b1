/// UTF-8 output built by appending, for the JSON writer and the renderers. `[UInt8]` checks through
/// the runtime on every append whether its storage is shared; this buffer cannot be copied, so an
/// append is a capacity check and a store (or a `memcpy`). `finish` hands the bytes over as an array.
public struct ByteBuffer: ~Copyable {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var capacity: Int
    /// How many bytes have been appended.
    @usableFromInline var used = 0

    public init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inlinable @inline(__always)
    public mutating func append(_ byte: UInt8) {
        if used == capacity { grow(minimum: used + 1) }
        base[used] = byte
        used += 1
    }

    @inlinable @inline(__always)
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if used + bytes.count > capacity { grow(minimum: used + bytes.count) }
        (base + used).update(from: source, count: bytes.count)
        used += bytes.count
    }

    @inlinable
    public mutating func append(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        append(UnsafeBufferPointer(rebasing: bytes))
    }

    /// Appends the UTF-8 bytes of a literal (inlined, so a short literal's copy is a few stores).
    @inlinable @inline(__always)
    public mutating func append(_ literal: StaticString) {
        if literal.hasPointerRepresentation {
            append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
        } else {
            append(contentsOf: String(literal.unicodeScalar))
        }
    }

    /// Appends the UTF-8 of a String.
    @inlinable
    public mutating func append(contentsOf text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    public mutating func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    public mutating func append(_ other: borrowing ByteBuffer) {
        append(UnsafeBufferPointer(start: other.base, count: other.used))
    }

    /// Appends `byte` `count` times.
    public mutating func append(_ byte: UInt8, count repeats: Int) {
        guard repeats > 0 else { return }
        if used + repeats > capacity { grow(minimum: used + repeats) }
        (base + used).update(repeating: byte, count: repeats)
        used += repeats
    }

    /// Reserves room for `maximumCount` bytes once and lets `write` store up to that many into it
    /// without a capacity check per byte; `write` returns how many it wrote, which become appended.
    @inlinable @inline(__always)
    public mutating func append(maximumCount: Int, _ write: (UnsafeMutableBufferPointer<UInt8>) -> Int) {
        precondition(maximumCount >= 0, "ByteBuffer.append(maximumCount:) of a negative count")
        if used + maximumCount > capacity { grow(minimum: used + maximumCount) }
        let written = write(UnsafeMutableBufferPointer(start: base + used, count: maximumCount))
        precondition(written >= 0 && written <= maximumCount, "ByteBuffer.append(maximumCount:) wrote outside its room")
        used += written
    }

    /// Appends the decimal digits of an integer, with "-" before a negative one.
    @inlinable
    public mutating func append(decimal value: Int) {
        // 19 digits and a sign hold every Int.
        append(maximumCount: 20) { Self.writeDecimal(value, into: $0) }
    }

    /// Writes the decimal digits of `value` ("-" first when negative) at the start of `room`, which
    /// holds at least 20 bytes; returns how many were written.
    @inlinable @inline(__always)
    public static func writeDecimal(_ value: Int, into room: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var start = 0
        if value < 0 {
            room[0] = UInt8(ascii: "-")
            start = 1
        }
        var magnitude = value.magnitude
        var length = magnitude < 10 ? 1 : magnitude < 100 ? 2 : magnitude < 1000 ? 3 : 4
        var rest = magnitude / 10_000
        while rest > 0 {
            length += 1
            rest /= 10
        }
        let end = start + length
        var index = end
        repeat {
            index -= 1
            room[index] = UInt8(truncatingIfNeeded: 48 + magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        return end
    }

    /// The bytes appended so far, lent to `body` without a copy.
    public borrowing func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: base, count: used))
    }

    /// The bytes as an array; the buffer is consumed.
    public consuming func finish() -> [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: used))
    }

    @usableFromInline @inline(never)
    mutating func grow(minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: used)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
