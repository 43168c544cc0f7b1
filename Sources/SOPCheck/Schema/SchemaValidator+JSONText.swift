import Foundation
import SOPModel

/// How a value is checked against a schema node straight from the JSON text, for the node with
/// everything it pulls in by `$ref` and `allOf` (its conjuncts).
struct ScanPlan {
    /// The value is parsed into a tree and given to `conforms(_:to:)`: a conjunct has anyOf, oneOf,
    /// enum or const, rejects everything, or the object or array constraints are spread over conjuncts;
    /// or the shape has more than 64 properties or requires a name it does not declare.
    var buildsTree: Bool
    var allowsObject = true
    var allowsArray = true
    /// The one conjunct with properties, additionalProperties or required.
    var shape: SchemaNode?
    /// The `items` schema of the one conjunct that has it.
    var items: SchemaNode?

    static var buildTree: ScanPlan { ScanPlan(buildsTree: true) }

    /// The plan for `node`; `referenced` are the validator's `$ref` targets.
    init(for node: SchemaNode, referenced: [SchemaNode]) {
        buildsTree = false
        var conjuncts: [SchemaNode] = []
        var pending = [node]
        while let next = pending.popLast() {
            guard !conjuncts.contains(where: { $0 === next }) else { continue }
            conjuncts.append(next)
            if let reference = next.reference { pending.append(referenced[reference]) }
            pending += next.allOf ?? []
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
            if let items = conjunct.items {
                if self.items != nil { buildsTree = true }
                self.items = items
            }
        }
    }

    private init(buildsTree: Bool) { self.buildsTree = buildsTree }
}

/// Checking JSON text against the schema from its bytes, without building a tree for its objects and
/// arrays: the common case of `Validator.validate(json:of:)`, a document that conforms.
extension SchemaValidator {
    /// True when the text is one JSON value that conforms to the schema. False when it does not, and
    /// also whenever this reading is not sure (a syntax error, a byte order mark or another
    /// irregularity, a repeated declared property): the caller then parses the text and reports as
    /// usual. Other repeated keys are read and each value checked, so the one a tree keeps conforms too.
    func conforms(jsonText data: Data) -> Bool {
        var parser = JSONParser(data)
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
            let value = try parser.value(depth: depth)
            return schema.map { conforms(value, to: $0) } ?? true
        }
        guard let schema else {
            return isObject ? try scanObject(&parser, shape: nil, depth: depth) : try scanArray(&parser, items: nil, depth: depth)
        }
        let plan = schema.scanPlan
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
                let key = try parser.string()
                parser.skipWhitespace()
                try parser.expect(":")
                parser.skipWhitespace()
                var member: SchemaNode?
                if let shape {
                    if let property = shape.properties[key] {
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
