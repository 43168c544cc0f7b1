import SOPModel

/// The lines of one procedure table (title, headers, rows, page markers, repeated headers), 1-based.
public struct TableRegion: Sendable, Equatable {
    /// Fixed once located, so the header results carried below stay those of these lines.
    public private(set) var lines: ClosedRange<Int>
    public private(set) var layout: Source.Layout
    /// The lines (1-based, ascending) that the locator recognised as header rows of a tabbed or
    /// Markdown table; the grid reader reads exactly these as headers and does not recognise rows
    /// again (empty for a flattened table).
    public private(set) var headerLines: [Int]
    /// The header of a flattened table as the locator found it, its line indices counted from the
    /// region's first line, so the reader does not look for it again; nil for other layouts (and for a
    /// region made elsewhere, whose reader then finds it itself). A cache of what the lines hold: it
    /// takes no part in equality.
    var flattenedHeader: FlattenedHeader?

    public init(lines: ClosedRange<Int>, layout: Source.Layout, headerLines: [Int]) {
        self.lines = lines
        self.layout = layout
        self.headerLines = headerLines
    }

    public static func == (lhs: TableRegion, rhs: TableRegion) -> Bool {
        lhs.lines == rhs.lines && lhs.layout == rhs.layout && lhs.headerLines == rhs.headerLines
    }
}

/// What phase 2 made of the regions: the procedures, their layout and what could not be placed.
public struct ProcedureReading: Sendable {
    public var procedures: [Procedure]
    /// The layout of the tables, nil when there is none.
    public var layout: Source.Layout?
    /// Every line inside a region ends up in a field or here.
    public var diagnostics: [Diagnostic]

    public init(procedures: [Procedure] = [], layout: Source.Layout? = nil, diagnostics: [Diagnostic] = []) {
        self.procedures = procedures
        self.layout = layout
        self.diagnostics = diagnostics
    }
}
