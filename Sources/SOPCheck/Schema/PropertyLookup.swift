/// The declared properties of a schema node found by a key's UTF-8 bytes, so a key read from JSON
/// text needs no String and no hashing: each name is kept as its length and its first eight bytes
/// packed in an integer (a name of eight bytes or fewer is told by these alone), the rest bytewise.
struct PropertyLookup {
    private var heads: [(count: Int, head: UInt64)] = []
    /// By property: the bytes of its name past the eighth.
    private var tails: [[UInt8]] = []
    private var properties: [SchemaNode.Property] = []

    init(_ properties: [String: SchemaNode.Property] = [:]) {
        for (name, property) in properties {
            let bytes = Array(name.utf8)
            heads.append((bytes.count, bytes.withUnsafeBufferPointer(Self.head)))
            tails.append(Array(bytes.dropFirst(8)))
            self.properties.append(property)
        }
    }

    /// The property whose name is exactly `key` (its UTF-8); nil when none is declared so.
    func property(named key: UnsafeBufferPointer<UInt8>) -> SchemaNode.Property? {
        let head = Self.head(key)
        for index in heads.indices where heads[index].count == key.count && heads[index].head == head {
            if key.count <= 8 || tails[index].withUnsafeBufferPointer({ $0.elementsEqual(key[8...]) }) { return properties[index] }
        }
        return nil
    }

    /// The first eight bytes (fewer when shorter), little end first.
    private static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var head: UInt64 = 0
        for index in 0..<min(8, bytes.count) { head |= UInt64(bytes[index]) << (8 * UInt64(index)) }
        return head
    }
}
