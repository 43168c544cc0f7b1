import Foundation
import SOPModel

/// One schema with its keywords read once, so checking a value needs no keyword lookups: what
/// `SchemaValidator` walks. A `$ref` is kept as an index into the validator's referenced nodes, so a
/// recursive schema compiles to a finite graph.
final class SchemaNode {
    /// The schema `false`: nothing is allowed.
    var rejectsEverything = false
    var reference: Int?
    /// The `type` names in schema order (for messages) and as a `TypeSet` (for the check).
    var typeNames: [String]?
    var types = TypeSet()
    var allowed: [JSONValue]?
    var constant: JSONValue?
    var minimum: Double?
    var maximum: Double?
    var minLength: Double?
    var pattern: (source: String, matcher: SchemaPattern)?
    var required: [String] = []
    /// The declared properties, each marked when `required` names it, so a member is looked up once.
    var properties: [String: Property] = [:]
    /// `properties` found by a key's UTF-8 bytes (for `SchemaValidator.conforms(jsonText:)`).
    var propertyLookup = PropertyLookup()
    /// How many distinct names of `required` are declared properties; the names that are not.
    var declaredRequiredCount = 0
    var undeclaredRequired: [String] = []
    var additionalProperties: SchemaNode?
    var items: SchemaNode?
    var allOf: [SchemaNode]?
    var anyOf: [SchemaNode]?
    var oneOf: [SchemaNode]?

    struct Property {
        var node: SchemaNode
        var isRequired: Bool
        /// The property's place among the declared ones (a bit of `requiredMask`).
        var index: Int
    }

    /// Bit `index` set for each required declared property, when there are at most 64 of them.
    var requiredMask: UInt64 = 0
    /// How `SchemaValidator.conforms(jsonText:)` checks a value against this node; set once compiled.
    var scanPlan = ScanPlan.buildTree

    /// JSON Schema type names as bits; an integer instance is also a number.
    struct TypeSet: OptionSet {
        let rawValue: UInt8
        static let null = TypeSet(rawValue: 1)
        static let boolean = TypeSet(rawValue: 2)
        static let integer = TypeSet(rawValue: 4)
        static let number = TypeSet(rawValue: 8)
        static let string = TypeSet(rawValue: 16)
        static let array = TypeSet(rawValue: 32)
        static let object = TypeSet(rawValue: 64)

        /// The bit of a type name; empty for a name JSON Schema does not define (it matches nothing).
        init(name: String) {
            switch name {
            case "null": self = .null
            case "boolean": self = .boolean
            case "integer": self = .integer
            case "number": self = .number
            case "string": self = .string
            case "array": self = .array
            case "object": self = .object
            default: self = []
            }
        }

        init(rawValue: UInt8) { self.rawValue = rawValue }

        /// The type names `value` is an instance of: its `typeName`, and "number" for an integer too.
        init(instance value: JSONValue) {
            switch value {
            case .null: self = .null
            case .bool: self = .boolean
            case .number(let number): self = number.rounded() == number && number.isFinite ? [.integer, .number] : .number
            case .string: self = .string
            case .array: self = .array
            case .object: self = .object
            }
        }
    }

    /// Compiles schemas; `$ref` targets are compiled once each, by reference text.
    struct Compiler {
        let root: JSONValue
        let patterns: [String: SchemaPattern]
        let resolve: (String, JSONValue) -> JSONValue?
        private(set) var referenced: [SchemaNode] = []
        private var indexOfReference: [String: Int] = [:]

        init(root: JSONValue, patterns: [String: SchemaPattern], resolve: @escaping (String, JSONValue) -> JSONValue?) {
            self.root = root
            self.patterns = patterns
            self.resolve = resolve
        }

        mutating func compile(_ schema: JSONValue) -> SchemaNode {
            let node = SchemaNode()
            fill(node, from: schema)
            return node
        }

        /// Reads the keywords of `schema` into `node` (a non-object schema other than `false` allows anything).
        /// A scalar keyword added here must also be known to `ScalarCheck`, which checks scalars without
        /// `SchemaValidator.conforms(_:to:)`.
        private mutating func fill(_ node: SchemaNode, from schema: JSONValue) {
            guard case .object(let keywords) = schema else {
                node.rejectsEverything = schema == .bool(false)
                return
            }
            if case .string(let text)? = keywords["$ref"] { node.reference = reference(text) }
            if let type = keywords["type"] {
                let names: [String]
                switch type {
                case .string(let name): names = [name]
                case .array(let list): names = list.compactMap { if case .string(let name) = $0 { name } else { nil } }
                default: names = []
                }
                node.typeNames = names
                node.types = names.reduce(into: TypeSet()) { $0.formUnion(TypeSet(name: $1)) }
            }
            if case .array(let values)? = keywords["enum"] { node.allowed = values }
            node.constant = keywords["const"]
            if case .number(let value)? = keywords["minimum"] { node.minimum = value }
            if case .number(let value)? = keywords["maximum"] { node.maximum = value }
            if case .number(let value)? = keywords["minLength"] { node.minLength = value }
            if case .string(let source)? = keywords["pattern"], let matcher = patterns[source] { node.pattern = (source, matcher) }
            if case .array(let names)? = keywords["required"] {
                node.required = names.compactMap { if case .string(let name) = $0 { name } else { nil } }
            }
            if case .object(let members)? = keywords["properties"] {
                let required = Set(node.required)
                for (index, (name, member)) in members.enumerated() {
                    let property = Property(node: compile(member), isRequired: required.contains(name), index: index)
                    node.properties[name] = property
                    if property.isRequired, index < 64 { node.requiredMask |= 1 << UInt64(index) }
                }
            }
            node.propertyLookup = PropertyLookup(node.properties)
            node.declaredRequiredCount = node.properties.values.filter(\.isRequired).count
            node.undeclaredRequired = node.required.filter { node.properties[$0] == nil }
            if let additional = keywords["additionalProperties"] { node.additionalProperties = compile(additional) }
            if let items = keywords["items"] { node.items = compile(items) }
            if case .array(let branches)? = keywords["allOf"] { node.allOf = branches.map { compile($0) } }
            if case .array(let branches)? = keywords["anyOf"] { node.anyOf = branches.map { compile($0) } }
            if case .array(let branches)? = keywords["oneOf"] { node.oneOf = branches.map { compile($0) } }
        }

        /// The index of the node for a `$ref`; nil when it does not resolve.
        private mutating func reference(_ text: String) -> Int? {
            if let index = indexOfReference[text] { return index }
            guard let target = resolve(text, root) else { return nil }
            let node = SchemaNode()
            referenced.append(node)
            indexOfReference[text] = referenced.count - 1
            fill(node, from: target)
            return indexOfReference[text]
        }
    }
}
