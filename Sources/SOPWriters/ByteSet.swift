/// A set of UTF-8 byte values, tested by table lookup: for escapers that copy text with none of
/// their special bytes whole.
struct ByteSet: Sendable {
    private let table: [Bool]

    init(_ contains: (UInt8) -> Bool) {
        table = (0...255).map { contains(UInt8($0)) }
    }

    /// Whether `byte` is in the set.
    func contains(_ byte: UInt8) -> Bool { table[Int(byte)] }

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
