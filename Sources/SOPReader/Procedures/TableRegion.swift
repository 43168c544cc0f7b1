import SOPModel

/// The lines of one procedure table (title, headers, rows, page markers, repeated headers), 1-based.
public struct TableRegion: Sendable, Equatable {
    public var lines: ClosedRange<Int>
    public var layout: Source.Layout
    /// The lines (1-based, ascending) that the locator recognised as header rows
    /// (`HeaderLine.layout(of:) != nil`), so that the grid reader does not recognise them again.
    public var headerLines: [Int]

    public init(lines: ClosedRange<Int>, layout: Source.Layout, headerLines: [Int] = []) {
        self.lines = lines
        self.layout = layout
        self.headerLines = headerLines
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
