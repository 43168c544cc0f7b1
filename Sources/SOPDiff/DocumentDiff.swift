/// The result of comparing two revisions: the changes in document order, and the total duration
/// of every procedure found in both.
public struct DocumentDiff: Codable, Sendable, Equatable {
    /// Total duration of one procedure along its main path, before and after ("8–13 hari kerja + 1 jam").
    public struct ProcedureTotal: Codable, Sendable, Equatable {
        public var oldPath: String
        public var newPath: String
        public var title: String?
        public var oldTotal: String
        public var newTotal: String

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(oldPath, forKey: .oldPath)
            try c.encode(newPath, forKey: .newPath)
            try c.encode(title, forKey: .title)
            try c.encode(oldTotal, forKey: .oldTotal)
            try c.encode(newTotal, forKey: .newTotal)
        }
    }

    /// The names the two revisions were given (file paths), for the report header.
    public var oldName: String
    public var newName: String
    public var changes: [Change]
    public var procedureTotals: [ProcedureTotal]

    /// No changes: the revisions say the same thing.
    public var isEquivalent: Bool { changes.isEmpty }

    private enum CodingKeys: String, CodingKey { case oldName, newName, equivalent, changes, procedureTotals }

    public init(oldName: String, newName: String, changes: [Change], procedureTotals: [ProcedureTotal]) {
        self.oldName = oldName
        self.newName = newName
        self.changes = changes
        self.procedureTotals = procedureTotals
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        oldName = try c.decode(String.self, forKey: .oldName)
        newName = try c.decode(String.self, forKey: .newName)
        changes = try c.decode([Change].self, forKey: .changes)
        procedureTotals = try c.decode([ProcedureTotal].self, forKey: .procedureTotals)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(oldName, forKey: .oldName)
        try c.encode(newName, forKey: .newName)
        try c.encode(isEquivalent, forKey: .equivalent)
        try c.encode(changes, forKey: .changes)
        try c.encode(procedureTotals, forKey: .procedureTotals)
    }
}
