/// One SOP document: identity page, procedures and the diagnostics of its reading.
/// Field names follow the JSON contract in shared/docs/sop-model.md (version 1).
public struct Document: Codable, Sendable, Equatable {
    /// The model version this library writes and the highest it reads.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var source: Source
    public var organization: [String]
    public var address: String?
    public var metadata: Metadata
    public var legalBasis: [LegalBasisEntry]
    public var summary: String?
    public var purpose: [String]
    public var qualifications: [String]
    public var relatedSops: [String]
    public var equipment: [String]
    public var warnings: [String]
    public var records: [String]
    public var definitions: [Definition]
    public var procedures: [Procedure]
    public var diagnostics: [Diagnostic]

    public init(
        source: Source,
        organization: [String] = [],
        address: String? = nil,
        metadata: Metadata = Metadata(),
        legalBasis: [LegalBasisEntry] = [],
        summary: String? = nil,
        purpose: [String] = [],
        qualifications: [String] = [],
        relatedSops: [String] = [],
        equipment: [String] = [],
        warnings: [String] = [],
        records: [String] = [],
        definitions: [Definition] = [],
        procedures: [Procedure] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.schemaVersion = Document.currentSchemaVersion
        self.source = source
        self.organization = organization
        self.address = address
        self.metadata = metadata
        self.legalBasis = legalBasis
        self.summary = summary
        self.purpose = purpose
        self.qualifications = qualifications
        self.relatedSops = relatedSops
        self.equipment = equipment
        self.warnings = warnings
        self.records = records
        self.definitions = definitions
        self.procedures = procedures
        self.diagnostics = diagnostics
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, source, organization, address, metadata, legalBasis, summary, purpose,
             qualifications, relatedSops, equipment, warnings, records, definitions, procedures, diagnostics
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let version = try c.decode(Int.self, forKey: .schemaVersion)
        guard (1...Document.currentSchemaVersion).contains(version) else {
            throw SchemaVersionError(found: version, supported: Document.currentSchemaVersion)
        }
        schemaVersion = version
        source = try c.decode(Source.self, forKey: .source)
        organization = try c.decode([String].self, forKey: .organization)
        address = try c.decodeIfPresent(String.self, forKey: .address)
        metadata = try c.decode(Metadata.self, forKey: .metadata)
        legalBasis = try c.decode([LegalBasisEntry].self, forKey: .legalBasis)
        summary = try c.decodeIfPresent(String.self, forKey: .summary)
        purpose = try c.decode([String].self, forKey: .purpose)
        qualifications = try c.decode([String].self, forKey: .qualifications)
        relatedSops = try c.decode([String].self, forKey: .relatedSops)
        equipment = try c.decode([String].self, forKey: .equipment)
        warnings = try c.decode([String].self, forKey: .warnings)
        records = try c.decode([String].self, forKey: .records)
        definitions = try c.decode([Definition].self, forKey: .definitions)
        procedures = try c.decode([Procedure].self, forKey: .procedures)
        diagnostics = try c.decode([Diagnostic].self, forKey: .diagnostics)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(source, forKey: .source)
        try c.encode(organization, forKey: .organization)
        try c.encode(address, forKey: .address)
        try c.encode(metadata, forKey: .metadata)
        try c.encode(legalBasis, forKey: .legalBasis)
        try c.encode(summary, forKey: .summary)
        try c.encode(purpose, forKey: .purpose)
        try c.encode(qualifications, forKey: .qualifications)
        try c.encode(relatedSops, forKey: .relatedSops)
        try c.encode(equipment, forKey: .equipment)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(records, forKey: .records)
        try c.encode(definitions, forKey: .definitions)
        try c.encode(procedures, forKey: .procedures)
        try c.encode(diagnostics, forKey: .diagnostics)
    }
}

/// Thrown when a document was written by a newer sopc than this one.
public struct SchemaVersionError: Error, CustomStringConvertible {
    public var found: Int
    public var supported: Int
    public var description: String {
        found > supported
            ? "schemaVersion \(found) is newer than this sopc understands (up to \(supported)); upgrade sopc"
            : "schemaVersion \(found) is not a valid version (versions start at 1)"
    }
}

/// Where the document came from and how its text was laid out.
public struct Source: Codable, Sendable, Equatable {
    /// How the procedure tables reached us.
    public enum Layout: String, Codable, Sendable, CaseIterable {
        /// Tab-separated cells (DOCX/PDF converter output).
        case tabbed
        /// Markdown pipe tables (Docling, Marker).
        case markdown
        /// Space-aligned columns (`pdftotext -layout`).
        case aligned
        /// Raw OCR: columns lost, each line mixes fragments of several cells.
        case flattened
    }

    public var path: String
    public var sha256: String
    public var layout: Layout

    public init(path: String, sha256: String, layout: Layout) {
        self.path = path
        self.sha256 = sha256
        self.layout = layout
    }
}

extension Document {
    /// The title to show for the document: Nama SOP, else the first procedure's title, else "SOP tanpa judul".
    public var displayTitle: String {
        metadata.title ?? procedures.first?.title ?? "SOP tanpa judul"
    }
}
