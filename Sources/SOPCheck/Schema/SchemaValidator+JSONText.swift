import Foundation
import SOPModel

/// How a value is checked against a schema node straight from the JSON text, for the node with
/// everything it pulls in by `$ref` and `allOf` (its conjuncts).
struct ScanPlan {
    /// The value is parsed into a tree and given to `conforms(_:to:)`: a conjunct has anyOf, oneOf,
    /// enum or const, rejects everything, or the object or array constraints are spread over conjuncts;
    /// or the shape has more than 64 properties or requires a name it does not declare. (An object or
    /// array under a node that is only an `anyOf` is scanned against `objectBranch`/`arrayBranch`
    /// first, when that branch is set.)
    var buildsTree: Bool
    var allowsObject = true
    var allowsArray = true
    /// The one conjunct with properties, additionalProperties or required.
    var shape: SchemaNode?
    /// The `items` schema of the one conjunct that has it.
    var items: SchemaNode?
    /// How a string value is checked from its bytes.
    var stringCheck = StringCheck.decodes
    /// When the node is nothing but an `anyOf` ("a duration or null"): the one branch that can hold
    /// an object, or an array (every other branch's type excludes it), which such a value is
    /// scanned against instead of building its tree.
    var objectBranch: SchemaNode?
    var arrayBranch: SchemaNode?

    /// What a string value needs to conform, when that can be told from its raw bytes.
    enum StringCheck {
        /// The string is decoded and checked by `conforms(_:to:)` (a pattern, an enum, a const, a
        /// combinator, a type list without "string", or a minimum length over 1).
        case decodes
        /// Any string conforms.
        case any
        /// A string conforms when it is not empty (minLength 1).
        case nonEmpty
    }

    static var buildTree: ScanPlan { ScanPlan(buildsTree: true) }

    /// The plan for `node`; `referenced` are the validator's `$ref` targets.
    init(for node: SchemaNode, referenced: [SchemaNode]) {
        buildsTree = false
        var stringCheck = StringCheck.any
        let conjuncts = Self.conjuncts(of: node, referenced: referenced)
        if let branches = node.anyOf, Self.isOnlyAnyOf(node) {
            func onlyBranch(allowing type: SchemaNode.TypeSet) -> SchemaNode? {
                let allowing = branches.filter { Self.allows(type, Self.conjuncts(of: $0, referenced: referenced)) }
                return allowing.count == 1 ? allowing[0] : nil
            }
            objectBranch = onlyBranch(allowing: .object)
            arrayBranch = onlyBranch(allowing: .array)
        }
        for conjunct in conjuncts {
            if conjunct.rejectsEverything || conjunct.allowed != nil || conjunct.constant != nil || conjunct.anyOf != nil
                || conjunct.oneOf != nil {
                buildsTree = true
            }
            if conjunct.pattern != nil || conjunct.typeNames != nil && !conjunct.types.contains(.string) {
                stringCheck = .decodes
            }
            if let minimum = conjunct.minLength, minimum > 0, stringCheck != .decodes {
                stringCheck = minimum > 1 ? .decodes : .nonEmpty
            }
            if conjunct.typeNames != nil {
                allowsObject = allowsObject && conjunct.types.contains(.object)
                allowsArray = allowsArray && conjunct.types.contains(.array)
            }
            if !conjunct.properties.isEmpty || conjunct.additionalProperties != nil || !conjunct.required.isEmpty {
                if shape != nil || !conjunct.undeclaredRequired.isEmpty || conjunct.properties.count > 64 { buildsTree = true }
                shape = conjunct
            }
            if let items = conjunct.items {
                if self.items != nil { buildsTree = true }
                self.items = items
            }
        }
        self.stringCheck = buildsTree ? .decodes : stringCheck
    }

    private init(buildsTree: Bool) { self.buildsTree = buildsTree }

    /// `node` with everything it pulls in by `$ref` and `allOf`.
    private static func conjuncts(of node: SchemaNode, referenced: [SchemaNode]) -> [SchemaNode] {
        var conjuncts: [SchemaNode] = []
        var pending = [node]
        while let next = pending.popLast() {
            guard !conjuncts.contains(where: { $0 === next }) else { continue }
            conjuncts.append(next)
            if let reference = next.reference { pending.append(referenced[reference]) }
            pending += next.allOf ?? []
        }
        return conjuncts
    }

    /// Whether no conjunct's `type` excludes `type`.
    private static func allows(_ type: SchemaNode.TypeSet, _ conjuncts: [SchemaNode]) -> Bool {
        conjuncts.allSatisfy { $0.typeNames == nil || $0.types.isSuperset(of: type) }
    }

    /// Whether `node` has an `anyOf` and no other assertion.
    private static func isOnlyAnyOf(_ node: SchemaNode) -> Bool {
        node.anyOf != nil && !node.rejectsEverything && node.reference == nil && node.typeNames == nil && node.allowed == nil
            && node.constant == nil && node.minimum == nil && node.maximum == nil && node.minLength == nil && node.pattern == nil
            && node.required.isEmpty && node.properties.isEmpty && node.additionalProperties == nil && node.items == nil
            && node.allOf == nil && node.oneOf == nil
    }
}

/// Checking JSON text against the schema from its bytes, without building a tree for its objects and
/// arrays: the common case of `Validator.validate(json:of:)`, a document that conforms.
extension SchemaValidator {
    /// True when the text is one JSON value that conforms to the schema. False when it does not, and
    /// also whenever this reading is not sure (a syntax error, a byte order mark or another
    /// irregularity, a repeated declared property): the caller then parses the text and reports as
    /// usual. Other repeated keys are read and each value checked, so the one a tree keeps conforms too.
    func conforms(jsonText bytes: [UInt8]) -> Bool {
        var parser = JSONParser(bytes: bytes)
        parser.skipWhitespace()
        guard (try? scan(&parser, against: root, depth: 0)) == true else { return false }
        parser.skipWhitespace()
        return parser.position == parser.bytes.count && !parser.hasIrregularity
    }

    /// Reads one value and tells whether it conforms to `schema` (nil: anything is allowed).
    private func scan(_ parser: inout JSONParser, against schema: SchemaNode?, depth: Int) throws(JSONParser.SyntaxError) -> Bool {
        guard depth < JSONParser.maximumDepth, let byte = parser.peek() else { return false }
        let isObject = byte == UInt8(ascii: "{")
        guard isObject || byte == UInt8(ascii: "[") else {
            let check = schema?.scanPlan.stringCheck ?? .any
            if byte == UInt8(ascii: "\""), check != .decodes, let content = parser.skipPlainString() {
                return check == .any || !content.isEmpty
            }
            let value = try parser.value(depth: depth)
            return schema.map { conforms(value, to: $0) } ?? true
        }
        guard let schema else {
            return isObject ? try scanObject(&parser, shape: nil, depth: depth) : try scanArray(&parser, items: nil, depth: depth)
        }
        let plan = schema.scanPlan
        if let branch = isObject ? plan.objectBranch : plan.arrayBranch { return try scan(&parser, against: branch, depth: depth) }
        if plan.buildsTree { return conforms(try parser.value(depth: depth), to: schema) }
        guard isObject ? plan.allowsObject : plan.allowsArray else { return false }
        return isObject ? try scanObject(&parser, shape: plan.shape, depth: depth) : try scanArray(&parser, items: plan.items, depth: depth)
    }

    private func scanObject(_ parser: inout JSONParser, shape: SchemaNode?, depth: Int) throws(JSONParser.SyntaxError) -> Bool {
        parser.position += 1
        parser.skipWhitespace()
        var seen: UInt64 = 0   // bit `index` of each declared property read
        if parser.peek() == UInt8(ascii: "}") {
            parser.position += 1
        } else {
            while true {
                parser.skipWhitespace()
                guard parser.peek() == UInt8(ascii: "\"") else { return false }
                let property: SchemaNode.Property?
                if let key = parser.skipPlainString() {
                    property = shape?.propertyLookup.property(named: parser.bytes[key])
                } else {
                    let key = try parser.string()
                    property = shape?.properties[key]
                }
                parser.skipWhitespace()
                try parser.expect(":")
                parser.skipWhitespace()
                var member: SchemaNode?
                if let shape {
                    if let property {
                        let bit: UInt64 = 1 << UInt64(property.index)
                        guard seen & bit == 0 else { return false }   // repeated: a tree keeps only the last value
                        seen |= bit
                        member = property.node
                    } else {
                        member = shape.additionalProperties
                    }
                }
                guard try scan(&parser, against: member, depth: depth + 1) else { return false }
                parser.skipWhitespace()
                if parser.peek() == UInt8(ascii: ",") {
                    parser.position += 1
                    continue
                }
                try parser.expect("}")
                break
            }
        }
        guard let shape else { return true }
        return seen & shape.requiredMask == shape.requiredMask
    }

    private func scanArray(_ parser: inout JSONParser, items: SchemaNode?, depth: Int) throws(JSONParser.SyntaxError) -> Bool {
        parser.position += 1
        parser.skipWhitespace()
        if parser.peek() == UInt8(ascii: "]") {
            parser.position += 1
            return true
        }
        while true {
            parser.skipWhitespace()
            guard try scan(&parser, against: items, depth: depth + 1) else { return false }
            parser.skipWhitespace()
            if parser.peek() == UInt8(ascii: ",") {
                parser.position += 1
                continue
            }
            try parser.expect("]")
            return true
        }
    }
}
