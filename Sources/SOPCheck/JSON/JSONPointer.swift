import SOPModel

/// RFC 6901 JSON pointers: building instance paths for messages and resolving `$ref` fragments.
public enum JSONPointer {
    /// "/procedures/0/steps" for ["procedures", "0", "steps"]; "/" for the root (as python jsonschema prints it).
    public static func string(_ tokens: [String]) -> String {
        tokens.isEmpty ? "/" : tokens.map { "/" + escape($0) }.joined()
    }

    public static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    public static func unescape(_ token: String) -> String {
        guard token.utf8.contains(UInt8(ascii: "~")) else { return token }
        return token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }

    /// The value at `pointer` ("/$defs/step", "" for the root) inside `root`, or nil.
    public static func resolve(_ pointer: String, in root: JSONValue) -> JSONValue? {
        guard !pointer.isEmpty else { return root }
        guard pointer.hasPrefix("/") else { return nil }
        var current = root
        for raw in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let token = unescape(String(raw))
            switch current {
            case .object(let members):
                guard let next = members[token] else { return nil }
                current = next
            case .array(let elements):
                guard let index = Int(token), elements.indices.contains(index) else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }
}
