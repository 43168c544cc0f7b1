/// Changes between two lists of text items (section items, step inputs/outputs, letterhead lines):
/// items are matched by content, so a reordered list shows moves and an edited item a word diff.
enum ListDiffer {
    static let threshold = 0.5

    static func changes(_ old: [String], _ new: [String], oldBase: String, newBase: String, label: String,
                        options: DiffOptions) -> [Change] {
        let key = { (text: String) in TextKey.key(text, ignoreCase: options.ignoreCase) }
        let oldKeys = old.map(key), newKeys = new.map(key)
        if oldKeys == newKeys { return [] }
        let oldProfiles = old.map(TextProfile.init), newProfiles = new.map(TextProfile.init)
        let alignment = Alignment(oldCount: old.count, newCount: new.count, threshold: threshold, keys: (oldKeys, newKeys)) { i, j in
            0.9 * oldProfiles[i].similarity(newProfiles[j]) + 0.1 * RelativePosition.similarity(i, of: old.count, j, of: new.count)
        }
        let elements = AlignedChanges(oldBase: oldBase, newBase: newBase, label: { _, _ in label },
                                      oldElement: { ("“\(old[$0])”", .string(old[$0])) },
                                      newElement: { ("“\(new[$0])”", .string(new[$0])) })
        return elements.changes(alignment) { pair, oldPath, newPath in
            FieldChange.text(old[pair.old], new[pair.new], oldPath: oldPath, newPath: newPath, label: label, options: options)
                .map { [$0] } ?? []
        }
    }
}
