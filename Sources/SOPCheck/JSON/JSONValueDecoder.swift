import SOPModel

/// Decodes a `Decodable` model value from an already parsed `JSONValue`, through the model's own
/// `init(from:)`, so a document that passed the schema is not parsed a second time.
///
/// Deliberately narrower than Foundation's `JSONDecoder`: a number is an `Int` only when it is an
/// integer below 2^53 in magnitude (exact in a Double), a `Double` only when finite, and any
/// other mismatch throws. A caller falls back to `JSONDecoder` when this throws, so values decode
/// the same and failures keep `JSONDecoder`'s message.
struct JSONValueDecoder: Decoder {
    /// Why a value could not be decoded here; only says to fall back.
    struct Mismatch: Error {}

    let value: JSONValue
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try T(from: JSONValueDecoder(value: value))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw Mismatch() }
        return KeyedDecodingContainer(Keyed<Key>(members: members))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw Mismatch() }
        return Unkeyed(elements: elements)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(value: value) }

    /// The largest magnitude below which every integer is exact in a Double.
    static let exactIntegerLimit = 9_007_199_254_740_992.0

    static func integer(_ value: JSONValue) throws -> Int {
        guard case .number(let number) = value, number.rounded() == number, abs(number) < exactIntegerLimit else { throw Mismatch() }
        return Int(number)
    }

    static func double(_ value: JSONValue) throws -> Double {
        guard case .number(let number) = value, number.isFinite else { throw Mismatch() }
        return number
    }

    static func string(_ value: JSONValue) throws -> String {
        guard case .string(let text) = value else { throw Mismatch() }
        return text
    }

    static func bool(_ value: JSONValue) throws -> Bool {
        guard case .bool(let flag) = value else { throw Mismatch() }
        return flag
    }

    /// Decodes one value: the primitives the model uses directly, anything else through its `init(from:)`.
    /// (`as!` cannot fail: each case has just checked that T is that type. `as?` would build the
    /// metadata of `T?` at run time on every call.)
    static func decodeValue<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        switch type {
        case is String.Type: try string(value) as! T
        case is Int.Type: try integer(value) as! T
        case is Double.Type: try double(value) as! T
        case is Bool.Type: try bool(value) as! T
        default: try T(from: JSONValueDecoder(value: value))
        }
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let members: [String: JSONValue]
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

        private func member(_ key: Key) throws -> JSONValue {
            guard let value = members[key.stringValue] else { throw Mismatch() }
            return value
        }

        /// The member, or nil when it is missing or null: one lookup where the default `decodeIfPresent` makes three.
        private func presentMember(_ key: Key) -> JSONValue? {
            guard let value = members[key.stringValue] else { return nil }
            if case .null = value { return nil }
            return value
        }

        func decodeNil(forKey key: Key) throws -> Bool { try member(key) == .null }
        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try presentMember(key).map(JSONValueDecoder.bool) }
        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try presentMember(key).map(JSONValueDecoder.string) }
        func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try presentMember(key).map(JSONValueDecoder.double) }
        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try presentMember(key).map(JSONValueDecoder.integer) }
        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            try presentMember(key).map { try JSONValueDecoder.decodeValue(type, from: $0) }
        }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try JSONValueDecoder.bool(member(key)) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try JSONValueDecoder.string(member(key)) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try JSONValueDecoder.double(member(key)) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try JSONValueDecoder.integer(member(key)) }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try JSONValueDecoder.decodeValue(type, from: member(key)) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { throw Mismatch() }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { throw Mismatch() }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { throw Mismatch() }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { throw Mismatch() }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { throw Mismatch() }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { throw Mismatch() }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { throw Mismatch() }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { throw Mismatch() }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { throw Mismatch() }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { throw Mismatch() }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try JSONValueDecoder(value: member(key)).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try JSONValueDecoder(value: member(key)).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder { throw Mismatch() }
        func superDecoder(forKey key: Key) throws -> any Decoder { throw Mismatch() }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let elements: [JSONValue]
        var currentIndex = 0
        var codingPath: [any CodingKey] { [] }
        var count: Int? { elements.count }
        var isAtEnd: Bool { currentIndex >= elements.count }

        private mutating func next() throws -> JSONValue {
            guard currentIndex < elements.count else { throw Mismatch() }
            currentIndex += 1
            return elements[currentIndex - 1]
        }

        mutating func decodeNil() throws -> Bool {
            guard currentIndex < elements.count else { throw Mismatch() }
            guard elements[currentIndex] == .null else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode(_ type: Bool.Type) throws -> Bool { try JSONValueDecoder.bool(next()) }
        mutating func decode(_ type: String.Type) throws -> String { try JSONValueDecoder.string(next()) }
        mutating func decode(_ type: Double.Type) throws -> Double { try JSONValueDecoder.double(next()) }
        mutating func decode(_ type: Int.Type) throws -> Int { try JSONValueDecoder.integer(next()) }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try JSONValueDecoder.decodeValue(type, from: next()) }
        mutating func decode(_ type: Float.Type) throws -> Float { throw Mismatch() }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { throw Mismatch() }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { throw Mismatch() }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { throw Mismatch() }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { throw Mismatch() }
        mutating func decode(_ type: UInt.Type) throws -> UInt { throw Mismatch() }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { throw Mismatch() }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { throw Mismatch() }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { throw Mismatch() }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { throw Mismatch() }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try JSONValueDecoder(value: next()).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try JSONValueDecoder(value: next()).unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder { throw Mismatch() }
    }

    struct Single: SingleValueDecodingContainer {
        let value: JSONValue
        var codingPath: [any CodingKey] { [] }

        func decodeNil() -> Bool { value == .null }
        func decode(_ type: Bool.Type) throws -> Bool { try JSONValueDecoder.bool(value) }
        func decode(_ type: String.Type) throws -> String { try JSONValueDecoder.string(value) }
        func decode(_ type: Double.Type) throws -> Double { try JSONValueDecoder.double(value) }
        func decode(_ type: Int.Type) throws -> Int { try JSONValueDecoder.integer(value) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try JSONValueDecoder.decodeValue(type, from: value) }
        func decode(_ type: Float.Type) throws -> Float { throw Mismatch() }
        func decode(_ type: Int8.Type) throws -> Int8 { throw Mismatch() }
        func decode(_ type: Int16.Type) throws -> Int16 { throw Mismatch() }
        func decode(_ type: Int32.Type) throws -> Int32 { throw Mismatch() }
        func decode(_ type: Int64.Type) throws -> Int64 { throw Mismatch() }
        func decode(_ type: UInt.Type) throws -> UInt { throw Mismatch() }
        func decode(_ type: UInt8.Type) throws -> UInt8 { throw Mismatch() }
        func decode(_ type: UInt16.Type) throws -> UInt16 { throw Mismatch() }
        func decode(_ type: UInt32.Type) throws -> UInt32 { throw Mismatch() }
        func decode(_ type: UInt64.Type) throws -> UInt64 { throw Mismatch() }
    }
}
