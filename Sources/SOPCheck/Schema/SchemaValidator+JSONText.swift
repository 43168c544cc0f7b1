import Foundation
import SOPModel

/// How a value is checked against a schema node straight from the JSON text, for the node with
/// everything it pulls in by `$ref` and `allOf` (its conjuncts). A class of constants, so reading a
/// node's plan copies nothing.
final class ScanPlan {
    /// An object or array is parsed into a tree and given to `conforms(_:to:)`: a conjunct has
    /// anyOf, oneOf, enum or const, rejects everything, or the object or array constraints are spread
    /// over conjuncts; or the shape has more than 64 properties or requires a name it does not
    /// declare. (An object or array under a node that is only an `anyOf` is scanned against
    /// `objectBranch`/`arrayBranch` first, when that branch is set.)
    let buildsTree: Bool
    let allowsObject: Bool
    let allowsArray: Bool
    /// The one conjunct with properties, additionalProperties or required.
    let shape: SchemaNode?
    /// The `items` schema of the one conjunct that has it.
    let items: SchemaNode?
    /// How a string, number, boolean or null is checked.
    let scalar: ScalarCheck
    /// When the node is nothing but an `anyOf` ("a duration or null"): the scalar check of each
    /// branch (a scalar conforms when one branch's does), and the one branch that can hold an
    /// object, or an array (every other branch's type excludes it), which such a value is scanned
    /// against instead of building its tree.
    let scalarBranches: [ScalarCheck]?
    let objectBranch: SchemaNode?
    let arrayBranch: SchemaNode?

    static var buildTree: ScanPlan { ScanPlan() }

    /// The plan for `node`; `referenced` are the validator's `$ref` targets.
    init(for node: SchemaNode, referenced: [SchemaNode]) {
        var buildsTree = false
        var allowsObject = true, allowsArray = true
        var shape: SchemaNode?, items: SchemaNode?
        let conjuncts = Self.conjuncts(of: node, referenced: referenced)
        if let branches = node.anyOf, Self.isOnlyAnyOf(node) {
            let branchConjuncts = branches.map { Self.conjuncts(of: $0, referenced: referenced) }
            func onlyBranch(allowing type: SchemaNode.TypeSet) -> SchemaNode? {
                let allowing = branches.indices.filter { Self.allows(type, branchConjuncts[$0]) }
                return allowing.count == 1 ? branches[allowing[0]] : nil
            }
            objectBranch = onlyBranch(allowing: .object)
            arrayBranch = onlyBranch(allowing: .array)
            scalarBranches = branchConjuncts.map(ScalarCheck.init(conjuncts:))
        } else {
            objectBranch = nil
            arrayBranch = nil
            scalarBranches = nil
        }
        for conjunct in conjuncts {
            if conjunct.rejectsEverything || conjunct.allowed != nil || conjunct.constant != nil || conjunct.anyOf != nil
                || conjunct.oneOf != nil {
                buildsTree = true
            }
            if conjunct.typeNames != nil {
                allowsObject = allowsObject && conjunct.types.contains(.object)
                allowsArray = allowsArray && conjunct.types.contains(.array)
            }
            if !conjunct.properties.isEmpty || conjunct.additionalProperties != nil || !conjunct.required.isEmpty {
                if shape != nil || !conjunct.undeclaredRequired.isEmpty || conjunct.properties.count > 64 { buildsTree = true }
                shape = conjunct
            }
            if let conjunctItems = conjunct.items {
                if items != nil { buildsTree = true }
                items = conjunctItems
            }
        }
        self.buildsTree = buildsTree
        self.allowsObject = allowsObject
        self.allowsArray = allowsArray
        self.shape = shape
        self.items = items
        scalar = ScalarCheck(conjuncts: conjuncts)
    }

    /// Whether a string whose text is its printable ASCII `bytes` conforms; nil when only
    /// `conforms(_:to:)` can tell.
    func verdict(onPlainString bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let scalarBranches else { return scalar.verdict(onPlainString: bytes) }
        return Self.anyBranch(scalarBranches) { $0.verdict(onPlainString: bytes) }
    }

    /// Whether a number, boolean or null conforms; nil when only `conforms(_:to:)` can tell.
    func verdict(on value: JSONValue) -> Bool? {
        guard let scalarBranches else { return scalar.verdict(on: value) }
        return Self.anyBranch(scalarBranches) { $0.verdict(on: value) }
    }

    /// True when a branch passes, false when every branch fails, nil when a branch cannot tell and none passes.
    private static func anyBranch(_ branches: [ScalarCheck], _ verdict: (ScalarCheck) -> Bool?) -> Bool? {
        var isKnown = true
        for branch in branches {
            switch verdict(branch) {
            case true?: return true
            case false?: continue
            case nil: isKnown = false
            }
        }
        return isKnown ? false : nil
    }

    /// The plan of a node not yet planned: everything by the tree walk.
    private init() {
        buildsTree = true
        allowsObject = true
        allowsArray = true
        shape = nil
        items = nil
        scalar = .undecided
        scalarBranches = nil
        objectBranch = nil
        arrayBranch = nil
    }

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
        guard isObject || byte == UInt8(ascii: "[") else { return try scanScalar(&parser, against: schema, depth: depth) }
        guard let schema else {
            return isObject ? try scanObject(&parser, shape: nil, depth: depth) : try scanArray(&parser, items: nil, depth: depth)
        }
        let plan = schema.scanPlan
        if let branch = isObject ? plan.objectBranch : plan.arrayBranch { return try scan(&parser, against: branch, depth: depth) }
        if plan.buildsTree { return conforms(try parser.value(depth: depth), to: schema) }
        guard isObject ? plan.allowsObject : plan.allowsArray else { return false }
        return isObject ? try scanObject(&parser, shape: plan.shape, depth: depth) : try scanArray(&parser, items: plan.items, depth: depth)
    }

    /// Reads a string, number, boolean or null: a plain string (its text is its bytes) is checked
    /// from its bytes, any other value parsed; `conforms(_:to:)` decides what the plan cannot.
    private func scanScalar(_ parser: inout JSONParser, against schema: SchemaNode?, depth: Int) throws(JSONParser.SyntaxError) -> Bool {
        if parser.peek() == UInt8(ascii: "\""), let content = parser.skipPlainString() {
            guard let schema else { return true }
            let plan = schema.scanPlan
            let verdict = parser.bytes.withUnsafeBufferPointer { bytes in
                plan.verdict(onPlainString: UnsafeBufferPointer(rebasing: bytes[content]))
            }
            return verdict ?? conforms(.string(String(decoding: parser.bytes[content], as: UTF8.self)), to: schema)
        }
        let value = try parser.value(depth: depth)
        guard let schema else { return true }
        return schema.scanPlan.verdict(on: value) ?? conforms(value, to: schema)
    }

    private func scanObject(_ parser: inout JSONParser, shape: SchemaNode?, depth: Int) throws(JSONParser.SyntaxError) -> Bool {
        parser.position += 1
        parser.skipWhitespace()
        let lookup = shape?.propertyLookup
        let additional = shape?.additionalProperties
        var seen: UInt64 = 0   // bit `index` of each declared property read
        if parser.peek() == UInt8(ascii: "}") {
            parser.position += 1
        } else {
            while true {
                parser.skipWhitespace()
                guard parser.peek() == UInt8(ascii: "\"") else { return false }
                let property: SchemaNode.Property?
                if let key = parser.skipPlainString() {
                    property = lookup.flatMap { lookup in
                        parser.bytes.withUnsafeBufferPointer { lookup.property(named: UnsafeBufferPointer(rebasing: $0[key])) }
                    }
                } else {
                    let key = try parser.string()
                    property = shape?.properties[key]
                }
                if !parser.skipSpacedColon() {
                    parser.skipWhitespace()
                    try parser.expect(":")
                    parser.skipWhitespace()
                }
                var member: SchemaNode?
                if shape != nil {
                    if let property {
                        let bit: UInt64 = 1 << UInt64(property.index)
                        guard seen & bit == 0 else { return false }   // repeated: a tree keeps only the last value
                        seen |= bit
                        member = property.node
                    } else {
                        member = additional
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
