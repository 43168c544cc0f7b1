import SOPModel

/// Changes in the Definisi list: terms added, removed, moved, or with a new term or meaning.
enum DefinitionsDiffer {
    static let threshold = 0.45

    static func changes(_ old: [Definition], _ new: [Definition], options: DiffOptions) -> [Change] {
        let oldTerms = old.map { TextProfile($0.term) }, newTerms = new.map { TextProfile($0.term) }
        let oldMeanings = old.map { TextProfile($0.meaning) }, newMeanings = new.map { TextProfile($0.meaning) }
        let alignment = Alignment(oldCount: old.count, newCount: new.count, threshold: threshold) { i, j in
            0.5 * oldTerms[i].similarity(newTerms[j]) + 0.4 * oldMeanings[i].similarity(newMeanings[j])
                + 0.1 * RelativePosition.similarity(i, of: old.count, j, of: new.count)
        }
        let elements = AlignedChanges(oldBase: "definitions", newBase: "definitions", label: { _, _ in "definition" },
                                      oldElement: { ("“\(old[$0].term)”: \(old[$0].meaning)", JSONValue(encoding: old[$0])) },
                                      newElement: { ("“\(new[$0].term)”: \(new[$0].meaning)", JSONValue(encoding: new[$0])) })
        return elements.changes(alignment) { pair, oldPath, newPath in
            let a = old[pair.old], b = new[pair.new]
            return [
                FieldChange.text(a.term, b.term, oldPath: oldPath + ".term", newPath: newPath + ".term",
                                 label: "definition term", options: options),
                FieldChange.text(a.meaning, b.meaning, oldPath: oldPath + ".meaning", newPath: newPath + ".meaning",
                                 label: "definition of “\(b.term)”", options: options),
            ].compactMap { $0 }
        }
    }
}
