/// The declared properties of a schema node found by a key's UTF-8 bytes, so a key read from JSON
/// text needs no String and no hashing: the names are bucketed by byte length and compared bytewise.
struct PropertyLookup {
    /// `buckets[n]`: the properties whose names are `n` bytes long.
    private var buckets: [[(name: [UInt8], property: SchemaNode.Property)]] = []

    init(_ properties: [String: SchemaNode.Property] = [:]) {
        for (name, property) in properties {
            let bytes = Array(name.utf8)
            while buckets.count <= bytes.count { buckets.append([]) }
            buckets[bytes.count].append((bytes, property))
        }
    }

    /// The property whose name is exactly `key` (its UTF-8); nil when none is declared so.
    func property(named key: UnsafeBufferPointer<UInt8>) -> SchemaNode.Property? {
        guard key.count < buckets.count else { return nil }
        for candidate in buckets[key.count] where candidate.name.withUnsafeBufferPointer({ Self.equal($0, key) }) {
            return candidate.property
        }
        return nil
    }

    /// Whether two byte runs of the same length hold the same bytes.
    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<a.count where a[index] != b[index] { return false }
        return true
    }
}
