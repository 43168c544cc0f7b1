import SOPModel

/// One difference between two revisions of an SOP.
///
/// `oldPath` and `newPath` locate the element in each revision with the JSON model's field names
/// (`procedures[0].steps[3].duration`); the one for the side where the element does not exist is nil.
/// `label` and `detail` are the human-readable description the text and Markdown renderers print.
public struct Change: Codable, Sendable, Equatable {
    /// What happened to the element.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Only in the new revision.
        case added
        /// Only in the old revision.
        case removed
        /// In both, with a different value.
        case changed
        /// In both, out of the order of the elements around it.
        case moved
        /// A step in both, in the same order, whose printed number differs.
        case renumbered
        /// An actor whose name changed while its column and steps stayed.
        case renamed
    }

    public var kind: Kind
    public var oldPath: String?
    public var newPath: String?
    /// What the change is about: "step 4 duration", "legal basis", "title".
    public var label: String
    /// The change in words ("2 → 3 hari kerja (+1)"), or nil when `words` says it.
    public var detail: String?
    public var old: JSONValue?
    public var new: JSONValue?
    /// Word-level edit of a text value, when the change is a text edit.
    public var words: [WordEdit]?

    public init(_ kind: Kind, oldPath: String?, newPath: String?, label: String, detail: String? = nil,
                old: JSONValue? = nil, new: JSONValue? = nil, words: [WordEdit]? = nil) {
        self.kind = kind
        self.oldPath = oldPath
        self.newPath = newPath
        self.label = label
        self.detail = detail
        self.old = old
        self.new = new
        self.words = words
    }

    /// The path to show: the new revision's, or the old one's for a removal.
    public var path: String { newPath ?? oldPath ?? "" }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(oldPath, forKey: .oldPath)
        try c.encode(newPath, forKey: .newPath)
        try c.encode(label, forKey: .label)
        try c.encode(detail, forKey: .detail)
        try c.encode(old ?? .null, forKey: .old)
        try c.encode(new ?? .null, forKey: .new)
        try c.encode(words, forKey: .words)
    }
}
