import SOPModel

/// Builds the change of one field, or nil when the field says the same in both revisions.
enum FieldChange {
    /// A prose field: reported with a word-level diff.
    static func text(_ old: String?, _ new: String?, oldPath: String, newPath: String, label: String,
                     options: DiffOptions) -> Change? {
        guard !TextKey.same(old, new, ignoreCase: options.ignoreCase) else { return nil }
        let values = (old.map(JSONValue.string) ?? .null, new.map(JSONValue.string) ?? .null)
        guard let old, let new else {
            let detail = old.map { "removed “\($0)”" } ?? "added “\(new ?? "")”"
            return Change(.changed, oldPath: oldPath, newPath: newPath, label: label, detail: detail, old: values.0, new: values.1)
        }
        return Change(.changed, oldPath: oldPath, newPath: newPath, label: label, old: values.0, new: values.1,
                      words: WordDiff.edits(old: old, new: new, ignoreCase: options.ignoreCase))
    }

    /// A code-like field (number, date, NIP): reported as old → new.
    static func scalar(_ old: String?, _ new: String?, path: String, label: String, options: DiffOptions) -> Change? {
        guard !TextKey.same(old, new, ignoreCase: options.ignoreCase) else { return nil }
        return Change(.changed, oldPath: path, newPath: path, label: label,
                      detail: "\(old ?? "none") → \(new ?? "none")",
                      old: old.map(JSONValue.string) ?? .null, new: new.map(JSONValue.string) ?? .null)
    }
}
