/// The declared properties of a schema node found by a key's UTF-8 bytes, so a key read from JSON
/// text needs no String and no hashing: the names are ordered by length, and each is kept as its
/// first eight bytes packed in an integer (a name of eight bytes or fewer is told by these alone)
/// and the rest, compared bytewise.
struct PropertyLookup {
    /// By name, shortest first: the first eight bytes, the bytes past them, the property.
    private var heads: [UInt64] = []
    private var tails: [[UInt8]] = []
    private var properties: [SchemaNode.Property] = []
    /// The names `n` bytes long are `startOfLength[n]..<startOfLength[n + 1]`.
    private var startOfLength: [Int] = [0]

    init(_ properties: [String: SchemaNode.Property] = [:]) {
        let named = properties.map { (name: Array($0.key.utf8), property: $0.value) }.sorted { $0.name.count < $1.name.count }
        for (name, property) in named {
            heads.append(name.withUnsafeBufferPointer(Self.head))
            tails.append(Array(name.dropFirst(8)))
            self.properties.append(property)
        }
        let longest = named.last?.name.count ?? 0
        startOfLength = (0...longest + 1).map { length in named.count { $0.name.count < length } }
    }

    /// The property whose name is exactly `key` (its UTF-8); nil when none is declared so.
    func property(named key: UnsafeBufferPointer<UInt8>) -> SchemaNode.Property? {
        guard key.count + 1 < startOfLength.count else { return nil }
        let head = Self.head(key)
        for index in startOfLength[key.count]..<startOfLength[key.count + 1] where heads[index] == head {
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
