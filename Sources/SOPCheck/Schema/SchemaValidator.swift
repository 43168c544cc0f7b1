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

    private let root: JSONValue
    private let patterns: [String: NSRegularExpression]

    /// Checks that `schema` only uses supported keywords, that every `$ref` resolves and every pattern compiles.
    public init(schema: JSONValue) throws(SchemaError) {
        var patterns: [String: NSRegularExpression] = [:]
        try Self.inspect(schema, root: schema, at: "#", patterns: &patterns)
        root = schema
        self.patterns = patterns
    }

    /// Every violation of the schema by `instance`, in instance order; empty when valid.
    public func violations(of instance: JSONValue) -> [SchemaViolation] {
        violations(of: instance, against: root, at: [])
    }

    private func violations(of instance: JSONValue, against schema: JSONValue, at path: [String]) -> [SchemaViolation] {
        guard case .object(let keywords) = schema else {
            return schema == .bool(false) ? [SchemaViolation(path: path, message: "no value is allowed here")] : []
        }
        var found: [SchemaViolation] = []
        if case .string(let reference)? = keywords["$ref"], let target = Self.target(of: reference, in: root) {
            found += violations(of: instance, against: target, at: path)
        }
        if let types = keywords["type"].map(Self.typeNames), !types.contains(where: instance.isInstance(of:)) {
            let expected = types.joined(separator: " or ")
            found.append(SchemaViolation(path: path, message: "\(Self.show(instance)) is not of type \(expected)", expectedTypes: types))
            return found
        }
        if case .array(let allowed)? = keywords["enum"], !allowed.contains(instance) {
            found.append(SchemaViolation(path: path, message: "\(Self.show(instance)) is not one of \(allowed.map(Self.show).joined(separator: ", "))"))
        }
        if let constant = keywords["const"], constant != instance {
            found.append(SchemaViolation(path: path, message: "\(Self.show(constant)) was expected, found \(Self.show(instance))"))
        }
        switch instance {
        case .number(let value):
            if case .number(let minimum)? = keywords["minimum"], value < minimum {
                found.append(SchemaViolation(path: path, message: "\(Self.show(instance)) is less than the minimum of \(Self.show(.number(minimum)))"))
            }
            if case .number(let maximum)? = keywords["maximum"], value > maximum {
                found.append(SchemaViolation(path: path, message: "\(Self.show(instance)) is greater than the maximum of \(Self.show(.number(maximum)))"))
            }
        case .string(let text):
            if case .number(let minimum)? = keywords["minLength"], Double(text.unicodeScalars.count) < minimum {
                found.append(SchemaViolation(path: path, message: "\(Self.show(instance)) is shorter than \(Self.show(.number(minimum))) character(s)"))
            }
            if case .string(let pattern)? = keywords["pattern"], let regex = patterns[pattern],
               regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                found.append(SchemaViolation(path: path, message: "\(Self.show(instance)) does not match \(pattern)"))
            }
        case .object(let members):
            found += objectViolations(members, keywords: keywords, at: path)
        case .array(let elements):
            if let items = keywords["items"] {
                for (index, element) in elements.enumerated() {
                    found += violations(of: element, against: items, at: path + [String(index)])
                }
            }
        case .null, .bool:
            break
        }
        found += combinatorViolations(of: instance, keywords: keywords, at: path)
        return found
    }

    private func objectViolations(_ members: [String: JSONValue], keywords: [String: JSONValue], at path: [String]) -> [SchemaViolation] {
        var found: [SchemaViolation] = []
        if case .array(let required)? = keywords["required"] {
            for case .string(let name) in required where members[name] == nil {
                found.append(SchemaViolation(path: path, message: "'\(name)' is a required property"))
            }
        }
        let properties: [String: JSONValue]
        if case .object(let declared)? = keywords["properties"] { properties = declared } else { properties = [:] }
        var unexpected: [String] = []
        for name in members.keys.sorted() {
            guard let value = members[name] else { continue }
            if let property = properties[name] {
                found += violations(of: value, against: property, at: path + [name])
            } else if let additional = keywords["additionalProperties"] {
                if additional == .bool(false) {
                    unexpected.append(name)
                } else {
                    found += violations(of: value, against: additional, at: path + [name])
                }
            }
        }
        if !unexpected.isEmpty {
            let names = unexpected.map { "'\($0)'" }.joined(separator: ", ")
            found.append(SchemaViolation(path: path, message: "additional properties are not allowed (\(names) \(unexpected.count == 1 ? "was" : "were") unexpected)"))
        }
        return found
    }

    private func combinatorViolations(of instance: JSONValue, keywords: [String: JSONValue], at path: [String]) -> [SchemaViolation] {
        var found: [SchemaViolation] = []
        if case .array(let all)? = keywords["allOf"] {
            for branch in all { found += violations(of: instance, against: branch, at: path) }
        }
        if case .array(let any)? = keywords["anyOf"] {
            let outcomes = any.map { violations(of: instance, against: $0, at: path) }
            if !outcomes.contains(where: \.isEmpty) {
                found += Self.explain(outcomes, instance: instance, at: path)
            }
        }
        if case .array(let one)? = keywords["oneOf"] {
            let outcomes = one.map { violations(of: instance, against: $0, at: path) }
            let passing = outcomes.filter(\.isEmpty).count
            if passing == 0 {
                found += Self.explain(outcomes, instance: instance, at: path)
            } else if passing > 1 {
                found.append(SchemaViolation(path: path, message: "\(Self.show(instance)) is valid under more than one of the given schemas"))
            }
        }
        return found
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

    private static func typeNames(_ value: JSONValue) -> [String] {
        switch value {
        case .string(let name): [name]
        case .array(let names): names.compactMap { if case .string(let name) = $0 { name } else { nil } }
        default: []
        }
    }

    private static func target(of reference: String, in root: JSONValue) -> JSONValue? {
        guard reference.hasPrefix("#") else { return nil }
        let fragment = String(reference.dropFirst()).removingPercentEncoding ?? String(reference.dropFirst())
        return JSONPointer.resolve(fragment, in: root)
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
                                patterns: inout [String: NSRegularExpression]) throws(SchemaError) {
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
                do { patterns[pattern] = try NSRegularExpression(pattern: pattern) } catch {
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
