import SOPModel

/// One line of a human-readable report: a change, or a run of consecutive steps renumbered by
/// the same amount, gathered at the first of them (so an inserted step reads as one insertion
/// and one renumbering line).
enum ReportLine {
    case change(Change)
    case renumbering(stepsPath: String, first: Change, last: Change)

    static func lines(_ changes: [Change]) -> [ReportLine] {
        var lines: [ReportLine] = []
        var openRun: [String: Int] = [:]   // steps path → index in `lines` of its latest renumbering run
        for change in changes {
            guard change.kind == .renumbered else {
                lines.append(.change(change))
                continue
            }
            let path = stepsPath(change)
            if let index = openRun[path], lines.indices.contains(index),
               case .renumbering(_, let first, let last) = lines[index], follows(change, after: last) {
                lines[index] = .renumbering(stepsPath: path, first: first, last: change)
            } else {
                openRun[path] = lines.count
                lines.append(.renumbering(stepsPath: path, first: change, last: change))
            }
        }
        return lines
    }

    /// "procedures[0].steps" of "procedures[0].steps[3].number".
    private static func stepsPath(_ change: Change) -> String {
        let path = change.path
        guard let bracket = path.lastIndex(of: "[") else { return path }
        return String(path[..<bracket])
    }

    /// The next step number after `last`'s, shifted by the same amount.
    private static func follows(_ change: Change, after last: Change) -> Bool {
        guard let lastOld = last.old?.number, let lastNew = last.new?.number,
              let old = change.old?.number, let new = change.new?.number else { return false }
        return old == lastOld + 1 && new - old == lastNew - lastOld
    }

    /// "steps 3–8 renumbered 4–9".
    static func renumberingText(first: Change, last: Change) -> String {
        let number = { (value: JSONValue?) in value?.number.map(DurationText.number) ?? "?" }
        if first == last { return "step \(number(first.old)) renumbered \(number(first.new))" }
        return "steps \(number(first.old))–\(number(last.old)) renumbered \(number(first.new))–\(number(last.new))"
    }
}
