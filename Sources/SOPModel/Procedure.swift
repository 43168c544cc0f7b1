/// One procedure table (a table continued over pages is one procedure).
public struct Procedure: Codable, Sendable, Equatable {
    public var title: String?
    /// Pelaksana columns, left to right.
    public var actors: [Actor]
    public var steps: [Step]
    /// Source line of the table header, when known.
    public var line: Int?

    public init(title: String? = nil, actors: [Actor] = [], steps: [Step] = [], line: Int? = nil) {
        self.title = title
        self.actors = actors
        self.steps = steps
        self.line = line
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(actors, forKey: .actors)
        try c.encode(steps, forKey: .steps)
        try c.encode(line, forKey: .line)
    }
}

/// A Pelaksana column. `id` is a kebab-case slug of the name, unique within the procedure.
public struct Actor: Codable, Sendable, Hashable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// How the reader knows who performs a step.
public enum ActorEvidence: String, Codable, Sendable, CaseIterable {
    /// A symbol, √, Ya/Tidak or flowchart glyph in that actor's column.
    case mark
    /// The activity names the actor.
    case named
    /// The previous step assigned or handed the work to the actor.
    case chain
    /// A weaker domain heuristic.
    case inferred
    /// Not determinable; `actors` is empty.
    case unresolved
}

/// One row of a procedure table.
public struct Step: Codable, Sendable, Equatable {
    public var number: Int
    public var activity: String
    /// Actor ids; empty when it cannot be determined.
    public var actors: [String]
    public var actorEvidence: ActorEvidence
    /// Kelengkapan / Persyaratan items.
    public var inputs: [String]
    public var duration: Duration?
    public var outputs: [String]
    /// Keterangan.
    public var notes: String?
    public var decision: Decision?
    /// Source line where the row starts, when known.
    public var line: Int?

    public init(number: Int, activity: String, actors: [String] = [], actorEvidence: ActorEvidence = .unresolved,
                inputs: [String] = [], duration: Duration? = nil, outputs: [String] = [],
                notes: String? = nil, decision: Decision? = nil, line: Int? = nil) {
        self.number = number
        self.activity = activity
        self.actors = actors
        self.actorEvidence = actorEvidence
        self.inputs = inputs
        self.duration = duration
        self.outputs = outputs
        self.notes = notes
        self.decision = decision
        self.line = line
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(activity, forKey: .activity)
        try c.encode(actors, forKey: .actors)
        try c.encode(actorEvidence, forKey: .actorEvidence)
        try c.encode(inputs, forKey: .inputs)
        try c.encode(duration, forKey: .duration)
        try c.encode(outputs, forKey: .outputs)
        try c.encode(notes, forKey: .notes)
        try c.encode(decision, forKey: .decision)
        try c.encode(line, forKey: .line)
    }
}

/// Waktu: "2-3 Hari Kerja", "60 Menit per OPD".
public struct Duration: Codable, Sendable, Equatable {
    /// The unit of a duration's numbers.
    public enum Unit: String, Codable, Sendable, CaseIterable {
        case minute, hour, day, week, month, year
    }

    /// As written.
    public var text: String
    public var min: Double?
    public var max: Double?
    public var unit: Unit?
    /// "Hari Kerja".
    public var workingDays: Bool
    /// The counted thing of "per OPD", "per berkas".
    public var per: String?

    public init(text: String, min: Double? = nil, max: Double? = nil, unit: Unit? = nil,
                workingDays: Bool = false, per: String? = nil) {
        self.text = text
        self.min = min
        self.max = max
        self.unit = unit
        self.workingDays = workingDays
        self.per = per
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(min, forKey: .min)
        try c.encode(max, forKey: .max)
        try c.encode(unit, forKey: .unit)
        try c.encode(workingDays, forKey: .workingDays)
        try c.encode(per, forKey: .per)
    }
}

/// Where a branching step goes: step numbers, null where the text does not say.
public struct Decision: Codable, Sendable, Equatable {
    public var yes: Int?
    public var no: Int?

    public init(yes: Int?, no: Int?) {
        self.yes = yes
        self.no = no
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(yes, forKey: .yes)
        try c.encode(no, forKey: .no)
    }
}
