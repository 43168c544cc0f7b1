/// The identity fields of the SOP: Nomor, Nama, the three dates and the approver.
public struct Metadata: Codable, Sendable, Equatable {
    public var number: String?
    public var title: String?
    /// ISO 8601 dates (`yyyy-mm-dd`).
    public var created: String?
    public var revised: String?
    public var effective: String?
    public var approvedBy: Approver

    public init(number: String? = nil, title: String? = nil, created: String? = nil,
                revised: String? = nil, effective: String? = nil, approvedBy: Approver = Approver()) {
        self.number = number
        self.title = title
        self.created = created
        self.revised = revised
        self.effective = effective
        self.approvedBy = approvedBy
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(title, forKey: .title)
        try c.encode(created, forKey: .created)
        try c.encode(revised, forKey: .revised)
        try c.encode(effective, forKey: .effective)
        try c.encode(approvedBy, forKey: .approvedBy)
    }
}

/// The official who signed the SOP (Disahkan Oleh, merged with the closing signature block).
public struct Approver: Codable, Sendable, Equatable {
    public var position: String?
    public var name: String?
    public var rank: String?
    /// 18 digits, spaces removed.
    public var nip: String?

    public init(position: String? = nil, name: String? = nil, rank: String? = nil, nip: String? = nil) {
        self.position = position
        self.name = name
        self.rank = rank
        self.nip = nip
    }

    public var isEmpty: Bool { position == nil && name == nil && rank == nil && nip == nil }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(position, forKey: .position)
        try c.encode(name, forKey: .name)
        try c.encode(rank, forKey: .rank)
        try c.encode(nip, forKey: .nip)
    }
}

/// One Definisi entry: "Sekda adalah Sekretaris Daerah".
public struct Definition: Codable, Sendable, Equatable {
    public var term: String
    public var meaning: String

    public init(term: String, meaning: String) {
        self.term = term
        self.meaning = meaning
    }
}
