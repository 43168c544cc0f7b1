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
