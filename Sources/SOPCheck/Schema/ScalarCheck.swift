import SOPModel

/// How a string, number, boolean or null is checked against a schema node (with its conjuncts)
/// straight from the JSON text: a string of printable ASCII without escapes from its bytes, any other
/// scalar from its parsed value, without `SchemaValidator.conforms(_:to:)`. It knows the scalar
/// keywords `SchemaNode` reads (type, enum, const, minimum, maximum, minLength, pattern, and the
/// combinators): a keyword added there must be added here too, or make the check not exact.
struct ScalarCheck {
    /// The verdict is only known from `conforms(_:to:)`: a conjunct rejects everything or has const,
    /// anyOf, oneOf, a pattern left to NSRegularExpression, an enum of anything but ASCII strings and
    /// null, or more than one enum.
    private(set) var isExact = true
    /// The `type`s of the conjuncts that have one: a value must be of one type of each.
    private var typeSets: [SchemaNode.TypeSet] = []
    private var minimum: Double?
    private var maximum: Double?
    private var minLength: Double?
    private var patterns: [SchemaPattern] = []
    /// The enum's strings as bytes and whether it holds null; nil without an enum.
    private var allowedStrings: [[UInt8]]?
    private var allowsNull = false

    /// A check that leaves every value to `conforms(_:to:)`.
    static let undecided = ScalarCheck()

    private init() { isExact = false }

    init(conjuncts: [SchemaNode]) {
        for conjunct in conjuncts {
            if conjunct.rejectsEverything || conjunct.constant != nil || conjunct.anyOf != nil || conjunct.oneOf != nil {
                isExact = false
            }
            if conjunct.typeNames != nil { typeSets.append(conjunct.types) }
            if let value = conjunct.minimum { minimum = max(minimum ?? value, value) }
            if let value = conjunct.maximum { maximum = min(maximum ?? value, value) }
            if let value = conjunct.minLength { minLength = max(minLength ?? value, value) }
            if let pattern = conjunct.pattern {
                if pattern.matcher.matchesBytes { patterns.append(pattern.matcher) } else { isExact = false }
            }
            if let allowed = conjunct.allowed {
                if allowedStrings != nil { isExact = false }
                var strings: [[UInt8]] = []
                for value in allowed {
                    switch value {
                    case .null: allowsNull = true
                    case .string(let text) where text.utf8.allSatisfy({ $0 < 0x80 }): strings.append(Array(text.utf8))
                    default: isExact = false
                    }
                }
                allowedStrings = strings
            }
        }
    }

    /// Whether a string whose text is exactly `bytes` (printable ASCII) conforms; nil when not exact.
    func verdict(onPlainString bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard isExact else { return nil }
        guard allows(.string) else { return false }
        if let minLength, Double(bytes.count) < minLength { return false }   // one scalar per ASCII byte
        if let allowedStrings, !allowedStrings.contains(where: { $0.elementsEqual(bytes) }) { return false }
        for pattern in patterns {
            guard let matches = pattern.matches(bytes: bytes) else { return nil }
            if !matches { return false }
        }
        return true
    }

    /// Whether a number, boolean or null conforms; nil when not exact (or for another value).
    func verdict(on value: JSONValue) -> Bool? {
        guard isExact else { return nil }
        switch value {
        case .null:
            return allows(.null) && (allowedStrings == nil || allowsNull)
        case .bool:
            return allows(.boolean) && allowedStrings == nil
        case .number(let number):
            guard allows(SchemaNode.TypeSet(instance: value)), allowedStrings == nil else { return false }
            if let minimum, number < minimum { return false }
            if let maximum, number > maximum { return false }
            return true
        case .string, .array, .object:
            return nil
        }
    }

    /// Whether no conjunct's `type` excludes an instance of `instanceTypes`.
    private func allows(_ instanceTypes: SchemaNode.TypeSet) -> Bool {
        typeSets.allSatisfy { !$0.isDisjoint(with: instanceTypes) }
    }
}
