/// One regulation of the Dasar Hukum list.
public struct LegalBasisEntry: Codable, Sendable, Equatable {
    /// The entry as written, list marker removed.
    public var text: String
    /// Canonical kind ("Peraturan Daerah"), abbreviations expanded.
    public var kind: String?
    public var issuer: String?
    /// Without leading zeros, OCR letters repaired.
    public var number: String?
    public var year: Int?
    public var subject: String?
    /// Regulations this entry says it changes ("Perubahan Atas …").
    public var amends: [RegulationReference]
    /// Regulations the entry says changed it ("sebagaimana telah diubah dengan …").
    public var amendedBy: [RegulationReference]
    /// Source line of the entry, when known.
    public var line: Int?

    public init(text: String, kind: String? = nil, issuer: String? = nil, number: String? = nil,
                year: Int? = nil, subject: String? = nil, amends: [RegulationReference] = [],
                amendedBy: [RegulationReference] = [], line: Int? = nil) {
        self.text = text
        self.kind = kind
        self.issuer = issuer
        self.number = number
        self.year = year
        self.subject = subject
        self.amends = amends
        self.amendedBy = amendedBy
        self.line = line
    }

    private enum CodingKeys: String, CodingKey {
        case text, kind, issuer, number, year, subject, amends, amendedBy, line
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        kind = try c.decodeIfPresent(String.self, forKey: .kind)
        issuer = try c.decodeIfPresent(String.self, forKey: .issuer)
        number = try c.decodeIfPresent(String.self, forKey: .number)
        year = try c.decodeIfPresent(Int.self, forKey: .year)
        subject = try c.decodeIfPresent(String.self, forKey: .subject)
        amends = try c.decodeIfPresent([RegulationReference].self, forKey: .amends) ?? []
        amendedBy = try c.decodeIfPresent([RegulationReference].self, forKey: .amendedBy) ?? []
        line = try c.decodeIfPresent(Int.self, forKey: .line)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(kind, forKey: .kind)
        try c.encode(issuer, forKey: .issuer)
        try c.encode(number, forKey: .number)
        try c.encode(year, forKey: .year)
        try c.encode(subject, forKey: .subject)
        try c.encode(amends, forKey: .amends)
        try c.encode(amendedBy, forKey: .amendedBy)
        try c.encode(line, forKey: .line)
    }
}

/// A regulation named inside another entry's text (kind, number, year).
public struct RegulationReference: Codable, Sendable, Hashable {
    public var kind: String?
    public var number: String?
    public var year: Int?

    public init(kind: String?, number: String?, year: Int?) {
        self.kind = kind
        self.number = number
        self.year = year
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(number, forKey: .number)
        try c.encode(year, forKey: .year)
    }
}

extension LegalBasisEntry {
    /// "Peraturan Bupati Nomor 13 Tahun 2022": kind, number and year as far as they are known; nil when
    /// none is.
    public var citation: String? { Self.citation(kind: kind, number: number, year: year) }

    /// The citation words shared by entries, references and the messages about them: the known parts
    /// joined by spaces.
    public static func citation(kind: String?, number: String?, year: Int?) -> String? {
        guard kind != nil || number != nil || year != nil else { return nil }
        var text = kind ?? ""
        if let number { text += (kind == nil ? "" : " ") + "Nomor \(number)" }
        if let year { text += (kind == nil && number == nil ? "" : " ") + "Tahun \(year)" }
        return text
    }
}
