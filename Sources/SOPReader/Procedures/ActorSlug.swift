import SOPModel

/// Actor ids: kebab-case slugs of the column names, made unique within a procedure ("-2", "-3", …).
enum ActorSlug {
    static func actors(named names: [String]) -> [Actor] {
        var used: [String: Int] = [:]
        return names.map { name in
            let base = slug(name)
            let count = used[base, default: 0] + 1
            used[base] = count
            return Actor(id: count == 1 ? base : "\(base)-\(count)", name: name)
        }
    }

    static func slug(_ name: String) -> String {
        // In ASCII text each letter or digit is one byte, and a CR LF `Character` is two bytes that are neither.
        guard ASCIIText.isASCII(name) else { return characterSlug(name) }
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var pendingDash = false
        for byte in name.utf8 {
            let lower = ASCIIText.lowercased(byte)
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lower) {
                if pendingDash, !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(lower)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "actor" : String(decoding: out, as: UTF8.self)
    }

    /// `slug` by `Character`, for names with non-ASCII text.
    private static func characterSlug(_ name: String) -> String {
        var out = ""
        var pendingDash = false
        for ch in name.lowercased() {
            if ch.isLetter || ch.isNumber {
                if pendingDash, !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(ch)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "actor" : out
    }
}
