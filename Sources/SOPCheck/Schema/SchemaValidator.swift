import SOPModel
import Foundation

/// A JSON Schema (draft 2020-12) validator for the keywords Schemas/sop.schema.json uses: type (with
/// type lists such as ["string", "null"]), required, properties, additionalProperties, items, enum,
/// const, minimum, maximum, minLength, pattern, $ref into the same document ($defs), anyOf, oneOf and
/// allOf. Annotations (title, description, …) are ignored; any other keyword makes `init` throw.
public struct SchemaValidator {
    private static let annotations: Set<String> = ["$schema", "$id", "$comment", "title", "description", "default", "examples", "$defs"]
    private static let assertions: Set<String> = [
        "type", "required", "properties", "additionalProperties", "items", "enum", "const", "minimum", "maximum",
        "minLength", "pattern", "$ref", "anyOf", "oneOf", "allOf",
    ]

    let root: SchemaNode
    /// The targets of `$ref`s, by the index a node's `reference` holds.
    let referenced: [SchemaNode]

    /// Checks that `schema` only uses supported keywords, that every `$ref` resolves and every pattern
    /// compiles, then compiles it into `SchemaNode`s.
    public init(schema: JSONValue) throws(SchemaError) {
        var patterns: [String: SchemaPattern] = [:]
        try Self.inspect(schema, root: schema, at: "#", patterns: &patterns)
        var compiler = SchemaNode.Compiler(root: schema, patterns: patterns, resolve: Self.target(of:in:))
        root = compiler.compile(schema)
        referenced = compiler.referenced
        Self.planScans(of: [root] + referenced, referenced: referenced)
    }

    /// Gives every node reachable from `nodes` its `scanPlan`.
    private static func planScans(of nodes: [SchemaNode], referenced: [SchemaNode]) {
        var pending = nodes
        var planned: Set<ObjectIdentifier> = []
        while let node = pending.popLast() {
            guard planned.insert(ObjectIdentifier(node)).inserted else { continue }
            node.scanPlan = ScanPlan(for: node, referenced: referenced)
            pending += node.properties.values.map { $0.node }
            pending += [node.additionalProperties, node.items].compactMap { $0 }
            pending += (node.allOf ?? []) + (node.anyOf ?? []) + (node.oneOf ?? [])
        }
    }

    /// Every violation of the schema by `instance`, in instance order; empty when valid.
    public func violations(of instance: JSONValue) -> [SchemaViolation] {
        guard !conforms(instance, to: root) else { return [] }
        var path = InstancePath()
        var found: [SchemaViolation] = []
        check(instance, against: root, at: &path, into: &found)
        return found
    }

    /// Whether `instance` has no violation of `schema`: the walk of `check` that stops at the first
    /// violation and builds no path or message (a valid document needs no more).
    func conforms(_ instance: JSONValue, to schema: SchemaNode) -> Bool {
        if schema.rejectsEverything { return false }
        if let reference = schema.reference, !conforms(instance, to: referenced[reference]) { return false }
        if schema.typeNames != nil, schema.types.isDisjoint(with: SchemaNode.TypeSet(instance: instance)) { return false }
        if let allowed = schema.allowed, !allowed.contains(instance) { return false }
        if let constant = schema.constant, constant != instance { return false }
        switch instance {
        case .number(let value):
            if let minimum = schema.minimum, value < minimum { return false }
            if let maximum = schema.maximum, value > maximum { return false }
        case .string(let text):
            if let minimum = schema.minLength, Self.isShorter(text, than: minimum) { return false }
            if let pattern = schema.pattern, !pattern.matcher.matches(text) { return false }
        case .object(let members):
            for name in schema.undeclaredRequired where members[name] == nil { return false }
            var requiredPresent = 0
            for (name, value) in members {
                if let declared = schema.properties[name] {
                    if declared.isRequired { requiredPresent += 1 }
                    if !conforms(value, to: declared.node) { return false }
                } else if let additional = schema.additionalProperties, !conforms(value, to: additional) {
                    return false
                }
            }
            if requiredPresent < schema.declaredRequiredCount { return false }
        case .array(let elements):
            if let items = schema.items, elements.contains(where: { !conforms($0, to: items) }) { return false }
        case .null, .bool:
            break
        }
        if let all = schema.allOf, all.contains(where: { !conforms(instance, to: $0) }) { return false }
        if let any = schema.anyOf, !any.contains(where: { conforms(instance, to: $0) }) { return false }
        if let one = schema.oneOf, passingCount(of: instance, among: one) != 1 { return false }
        return true
    }

    /// Whether `text` has fewer Unicode scalars than `minimum` (counting no further than `minimum`).
    static func isShorter(_ text: String, than minimum: Double) -> Bool {
        guard minimum > 0 else { return false }
        if Double(text.utf8.count) < minimum { return true }   // no scalar is shorter than a byte
        var count = 0.0
        for _ in text.unicodeScalars {
            count += 1
            if count >= minimum { return false }
        }
        return true
    }

    private func passingCount(of instance: JSONValue, among branches: [SchemaNode]) -> Int {
        branches.reduce(0) { count, branch in conforms(instance, to: branch) ? count + 1 : count }
    }

    /// Where the walk is in the instance: tokens are turned into pointer text only for a violation.
    private struct InstancePath {
        enum Token {
            case key(String)
            case index(Int)
        }

        var tokens: [Token] = []

        var strings: [String] {
            tokens.map { token in
                switch token {
                case .key(let name): name
                case .index(let index): String(index)
                }
            }
        }
    }

    /// Appends the violations of `schema` by `instance` to `found`.
    private func check(_ instance: JSONValue, against schema: SchemaNode, at path: inout InstancePath, into found: inout [SchemaViolation]) {
        if schema.rejectsEverything {
            found.append(SchemaViolation(path: path.strings, message: "no value is allowed here"))
            return
        }
        if let reference = schema.reference { check(instance, against: referenced[reference], at: &path, into: &found) }
        if let types = schema.typeNames, schema.types.isDisjoint(with: SchemaNode.TypeSet(instance: instance)) {
            let expected = types.joined(separator: " or ")
            found.append(SchemaViolation(path: path.strings, message: "\(Self.show(instance)) is not of type \(expected)", expectedTypes: types))
            return
        }
        if let allowed = schema.allowed, !allowed.contains(instance) {
            found.append(SchemaViolation(path: path.strings, message: "\(Self.show(instance)) is not one of \(allowed.map(Self.show).joined(separator: ", "))"))
        }
        if let constant = schema.constant, constant != instance {
            found.append(SchemaViolation(path: path.strings, message: "\(Self.show(constant)) was expected, found \(Self.show(instance))"))
        }
        switch instance {
        case .number(let value):
            if let minimum = schema.minimum, value < minimum {
                found.append(SchemaViolation(path: path.strings, message: "\(Self.show(instance)) is less than the minimum of \(Self.show(.number(minimum)))"))
            }
            if let maximum = schema.maximum, value > maximum {
                found.append(SchemaViolation(path: path.strings, message: "\(Self.show(instance)) is greater than the maximum of \(Self.show(.number(maximum)))"))
            }
        case .string(let text):
            if let minimum = schema.minLength, Self.isShorter(text, than: minimum) {
                found.append(SchemaViolation(path: path.strings, message: "\(Self.show(instance)) is shorter than \(Self.show(.number(minimum))) character(s)"))
            }
            if let pattern = schema.pattern, !pattern.matcher.matches(text) {
                found.append(SchemaViolation(path: path.strings, message: "\(Self.show(instance)) does not match \(pattern.source)"))
            }
        case .object(let members):
            checkMembers(members, against: schema, at: &path, into: &found)
        case .array(let elements):
            if let items = schema.items {
                for (index, element) in elements.enumerated() {
                    path.tokens.append(.index(index))
                    check(element, against: items, at: &path, into: &found)
                    path.tokens.removeLast()
                }
            }
        case .null, .bool:
            break
        }
        checkCombinators(instance, against: schema, at: &path, into: &found)
    }

    /// Required, declared and additional properties; members are reported in name order.
    private func checkMembers(_ members: [String: JSONValue], against schema: SchemaNode, at path: inout InstancePath, into found: inout [SchemaViolation]) {
        for name in schema.required where members[name] == nil {
            found.append(SchemaViolation(path: path.strings, message: "'\(name)' is a required property"))
        }
        let start = found.count
        var reported: [(name: String, violations: Range<Int>)] = []
        var unexpected: [String] = []
        for (name, value) in members {
            let property: SchemaNode
            if let declared = schema.properties[name] {
                property = declared.node
            } else if let additional = schema.additionalProperties {
                guard !additional.rejectsEverything else {
                    unexpected.append(name)
                    continue
                }
                property = additional
            } else {
                continue
            }
            let before = found.count
            path.tokens.append(.key(name))
            check(value, against: property, at: &path, into: &found)
            path.tokens.removeLast()
            if found.count > before { reported.append((name, before..<found.count)) }
        }
        if reported.count > 1 {
            let ordered = reported.sorted { $0.name < $1.name }.flatMap { found[$0.violations] }
            found.replaceSubrange(start..., with: ordered)
        }
        if !unexpected.isEmpty {
            unexpected.sort()
            let names = unexpected.map { "'\($0)'" }.joined(separator: ", ")
            found.append(SchemaViolation(path: path.strings, message: "additional properties are not allowed (\(names) \(unexpected.count == 1 ? "was" : "were") unexpected)"))
        }
    }

    private func checkCombinators(_ instance: JSONValue, against schema: SchemaNode, at path: inout InstancePath, into found: inout [SchemaViolation]) {
        if let all = schema.allOf {
            for branch in all { check(instance, against: branch, at: &path, into: &found) }
        }
        if let any = schema.anyOf, !any.contains(where: { conforms(instance, to: $0) }) {
            found += Self.explain(outcomes(of: instance, against: any, at: &path), instance: instance, at: path.strings)
        }
        if let one = schema.oneOf {
            let passing = passingCount(of: instance, among: one)
            if passing == 0 {
                found += Self.explain(outcomes(of: instance, against: one, at: &path), instance: instance, at: path.strings)
            } else if passing > 1 {
                found.append(SchemaViolation(path: path.strings, message: "\(Self.show(instance)) is valid under more than one of the given schemas"))
            }
        }
    }

    /// The violations of each branch on its own.
    private func outcomes(of instance: JSONValue, against branches: [SchemaNode], at path: inout InstancePath) -> [[SchemaViolation]] {
        branches.map { branch in
            var found: [SchemaViolation] = []
            check(instance, against: branch, at: &path, into: &found)
            return found
        }
    }

    /// Why no branch of an anyOf/oneOf matched: the violations of the branch whose type fits the instance
    /// (so a wrong field inside an object is named, not the whole object), or else one type mismatch.
    private static func explain(_ outcomes: [[SchemaViolation]], instance: JSONValue, at path: [String]) -> [SchemaViolation] {
        let typeMismatch = { (violation: SchemaViolation) in violation.path == path && violation.expectedTypes != nil }
        if let fitting = outcomes.filter({ !$0.contains(where: typeMismatch) }).min(by: { $0.count < $1.count }) {
            return fitting
        }
        var expected: [String] = []
        for outcome in outcomes {
            for violation in outcome {
                for type in violation.expectedTypes ?? [] where !expected.contains(type) { expected.append(type) }
            }
        }
        return [SchemaViolation(path: path, message: "\(show(instance)) is not of type \(expected.joined(separator: " or "))", expectedTypes: expected)]
    }

    private static func target(of reference: String, in root: JSONValue) -> JSONValue? {
        guard reference.hasPrefix("#") else { return nil }
        let fragment = String(reference.dropFirst())
        return JSONPointer.resolve(fragment.utf8.contains(UInt8(ascii: "%")) ? fragment.removingPercentEncoding ?? fragment : fragment, in: root)
    }

    /// A short rendering of a value for messages (long strings and containers abbreviated).
    static func show(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number):
            return number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .string(let text):
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return "\"\(shown)\""
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    private static func inspect(_ schema: JSONValue, root: JSONValue, at location: String,
                                patterns: inout [String: SchemaPattern]) throws(SchemaError) {
        guard case .object(let keywords) = schema else {
            if case .bool = schema { return }
            throw SchemaError(message: "\(location) is not a schema")
        }
        for (keyword, value) in keywords.sorted(by: { $0.key < $1.key }) {
            let here = "\(location)/\(JSONPointer.escape(keyword))"
            guard annotations.contains(keyword) || assertions.contains(keyword) else {
                throw SchemaError(message: "\(here): keyword not supported by this validator")
            }
            switch (keyword, value) {
            case ("$ref", .string(let reference)):
                guard target(of: reference, in: root) != nil else { throw SchemaError(message: "\(here): cannot resolve \(reference)") }
            case ("pattern", .string(let pattern)):
                do { patterns[pattern] = try SchemaPattern(pattern) } catch {
                    throw SchemaError(message: "\(here): pattern does not compile")
                }
            case ("properties", .object(let members)), ("$defs", .object(let members)):
                for (name, member) in members {
                    try inspect(member, root: root, at: "\(here)/\(JSONPointer.escape(name))", patterns: &patterns)
                }
            case ("items", _), ("additionalProperties", _):
                try inspect(value, root: root, at: here, patterns: &patterns)
            case ("anyOf", .array(let branches)), ("oneOf", .array(let branches)), ("allOf", .array(let branches)):
                for (index, branch) in branches.enumerated() {
                    try inspect(branch, root: root, at: "\(here)/\(index)", patterns: &patterns)
                }
            default:
                break
            }
        }
    }
}
