import SOPModel

/// Turns an alignment of two element lists into changes in new-revision order: removals, additions
/// and moves of whole elements, plus whatever `matched` finds inside each matched pair.
struct AlignedChanges {
    /// Where the two lists sit in their documents: "legalBasis", "procedures[0].steps".
    var oldBase: String
    var newBase: String
    /// What an element is called in reports, given its old and/or new index.
    var label: (_ old: Int?, _ new: Int?) -> String
    /// One-line description of an element (quoted text) and its JSON value.
    var oldElement: (Int) -> (detail: String, value: JSONValue)
    var newElement: (Int) -> (detail: String, value: JSONValue)

    func changes(_ alignment: Alignment, matched: (_ pair: Alignment.Pair, _ oldPath: String, _ newPath: String) -> [Change]) -> [Change] {
        var ordered = OrderedChanges()
        for i in alignment.removed {
            let element = oldElement(i)
            ordered.add(Change(.removed, oldPath: "\(oldBase)[\(i)]", newPath: nil, label: label(i, nil),
                               detail: element.detail, old: element.value), at: Double(alignment.anchor(forRemoved: i)) + 0.5)
        }
        for j in alignment.added {
            let element = newElement(j)
            ordered.add(Change(.added, oldPath: nil, newPath: "\(newBase)[\(j)]", label: label(nil, j),
                               detail: element.detail, new: element.value), at: Double(j))
        }
        for pair in alignment.pairs {
            let oldPath = "\(oldBase)[\(pair.old)]", newPath = "\(newBase)[\(pair.new)]"
            if pair.moved {
                ordered.add(Change(.moved, oldPath: oldPath, newPath: newPath, label: label(pair.old, pair.new),
                                   detail: "\(newElement(pair.new).detail) moved from position \(pair.old + 1) to \(pair.new + 1)",
                                   old: .number(Double(pair.old + 1)), new: .number(Double(pair.new + 1))), at: Double(pair.new))
            }
            ordered.add(matched(pair, oldPath, newPath), at: Double(pair.new))
        }
        return ordered.sorted
    }
}
