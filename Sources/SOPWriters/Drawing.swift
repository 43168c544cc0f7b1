import SOPModel

/// SVG elements as drawn (`SVGCanvas.finish()`), kept in the buffer they were drawn into rather
/// than copied into an array, and shared by the files that print them.
final class Drawing {
    private let elements: ByteBuffer
    /// The number of bytes.
    let count: Int

    init(_ elements: consuming ByteBuffer) {
        count = elements.withBytes { $0.count }
        self.elements = elements
    }

    /// The elements' UTF-8, lent to `body`.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try elements.withBytes { try body($0.assumingMemoryBound(to: UInt8.self)) }
    }
}
