/// Lines of wrapped text, in order, in one UTF-8 buffer: no String or Array per line.
struct WrappedLines {
    /// The lines' bytes, one after the other.
    private(set) var utf8: [UInt8] = []
    /// Where each line ends in `utf8`; a line starts where the one before it ends.
    private var ends: [Int] = []

    /// Whether no line holds a byte `XMLText` escapes or drops (markup characters, C0 controls, the
    /// lead byte of U+FFFE/U+FFFF), so the lines can be copied into SVG as they are. `TextWrapper`
    /// clears it when a text it wraps has such a byte and `appendToOpenLine(_: String)` checks its
    /// text; bytes appended one by one or as slices are the wrapper's, from a text it checked.
    private(set) var isXMLPlain = true

    var count: Int { ends.count }
    var isEmpty: Bool { ends.isEmpty }

    /// The byte range of line `index` in `utf8`.
    func range(of index: Int) -> Range<Int> {
        (index > 0 ? ends[index - 1] : 0)..<ends[index]
    }

    /// The lines as Strings.
    var strings: [String] {
        ends.indices.map { String(decoding: utf8[range(of: $0)], as: UTF8.self) }
    }

    /// Where the line being built (after the last ended one) starts.
    var openLineStart: Int { ends.last ?? 0 }

    /// Whether the line being built has no bytes yet.
    var openLineIsEmpty: Bool { utf8.count == openLineStart }

    /// Makes room for at least `bytes` bytes in all. Grows only when short, and then at least to
    /// twice the capacity, so wrapping many texts into the same lines stays linear.
    mutating func reserveCapacity(bytes: Int) {
        if utf8.capacity < bytes { utf8.reserveCapacity(Swift.max(bytes, 2 * utf8.capacity)) }
        if ends.capacity == 0 { ends.reserveCapacity(4) }
    }

    /// Appends bytes to the line being built.
    mutating func appendToOpenLine(_ byte: UInt8) { utf8.append(byte) }

    mutating func appendToOpenLine(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes))
    }

    mutating func appendToOpenLine(_ text: String) {
        if isXMLPlain && !XMLText.isPlain(text) { isXMLPlain = false }
        utf8.append(contentsOf: text.utf8)
    }

    /// Records that a text wrapped into the lines has a byte `XMLText` escapes or drops.
    mutating func markNotXMLPlain() { isXMLPlain = false }

    /// Ends the line being built.
    mutating func endLine() { ends.append(utf8.count) }

    /// Keeps the first `count` lines.
    mutating func keepFirst(_ count: Int) {
        guard count < ends.count else { return }
        ends.removeLast(ends.count - count)
        utf8.removeLast(utf8.count - openLineStart)
    }

    /// Removes the last line and returns it as a String.
    mutating func removeLast() -> String? {
        guard let end = ends.popLast() else { return nil }
        let line = String(decoding: utf8[openLineStart..<end], as: UTF8.self)
        utf8.removeLast(utf8.count - openLineStart)
        return line
    }
}
