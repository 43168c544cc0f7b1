import SOPModel

/// Reads the procedure tables of a document: `locate` finds them cheaply, `read` builds the procedures.
public enum ProcedureReader {
    /// Phase 1, cheap: find the procedure tables. Each region covers the table's title line, header rows,
    /// data rows, page markers and repeated headers, and nothing of the identity page around it.
    public static func locate(in text: SourceText) -> [TableRegion] {
        let regions = TableLocator.locate(in: text)
        return regions.isEmpty ? FlattenedTableLocator.locate(in: text) : regions
    }

    /// Phase 2: build the procedures. `definitions` (the document's Definisi) help match actors.
    public static func read(_ regions: [TableRegion], in text: SourceText, definitions: [Definition]) -> ProcedureReading {
        var reading = ProcedureReading(layout: regions.first?.layout)
        for region in regions {
            if let procedure = readProcedure(region, in: text, definitions: definitions, diagnostics: &reading.diagnostics) {
                reading.procedures.append(procedure)
            }
        }
        return reading
    }

    private static func readProcedure(_ region: TableRegion, in text: SourceText, definitions: [Definition],
                                      diagnostics: inout [Diagnostic]) -> Procedure? {
        let grid: TableGrid
        switch region.layout {
        case .tabbed, .markdown: grid = DelimitedGridReader.read(region, in: text)
        case .aligned: grid = AlignedGridReader.read(region, in: text)
        case .flattened:
            guard let reading = FlattenedTableReader.read(region, in: text) else { return nil }
            diagnostics.append(contentsOf: reading.diagnostics)
            return procedure(title: reading.title, actors: ActorSlug.actors(named: reading.actors), drafts: reading.drafts,
                             line: reading.headerLine, definitions: definitions, diagnostics: &diagnostics)
        }
        // The grid is consumed here: only the drafts outlive it, so a long table's cells are freed
        // before its steps are built.
        guard let rows = drafts(of: grid, diagnostics: &diagnostics) else { return nil }
        return procedure(title: rows.title, actors: rows.actors, drafts: rows.drafts, line: rows.line,
                         definitions: definitions, diagnostics: &diagnostics)
    }

    /// The rows of a grid read into drafts, with the table's title, actors and header line; nil for a
    /// grid without a header.
    private static func drafts(of grid: consuming TableGrid, diagnostics: inout [Diagnostic])
        -> (title: String?, actors: [Actor], drafts: [RowAssembler.Draft], line: Int)? {
        diagnostics.append(contentsOf: grid.diagnostics)
        guard let firstSection = grid.sections.first else { return nil }
        let mainHeader = HeaderRecognizer.recognise(firstSection.headerRows)
        let actors = ActorSlug.actors(named: mainHeader.actors.map(\.name))
        var drafts: [RowAssembler.Draft] = []
        drafts.reserveCapacity(grid.sections.reduce(0) { $0 + $1.dataRows.count })
        var drift = 0
        var lastNumber: Int?
        for (sectionIndex, section) in grid.sections.enumerated() {
            var header = sectionIndex == 0 ? mainHeader : HeaderRecognizer.recognise(section.headerRows)
            header.actors = header.actors.enumerated().map { index, actor in
                let main = mainHeader.actors.firstIndex { $0.name == actor.name } ?? index
                return (actor.column, mainHeader.actors[safe: main]?.name ?? actor.name)
            }
            // The header's actor columns by the main header's column index, looked up once per section.
            let mainIndex = header.actors.map { actor in mainHeader.actors.firstIndex { $0.name == actor.name } }
            for row in section.dataRows {
                guard var draft = RowAssembler.assemble(row, header: header, previousDrift: drift,
                                                        previousNumber: lastNumber, diagnostics: &diagnostics) else { continue }
                drift = draft.drift
                lastNumber = draft.number ?? lastNumber
                draft.marks = draft.marks.compactMap { mark in
                    mainIndex[safe: mark.actor].flatMap { $0 }.map { ($0, mark.mark) }
                }
                if draft.activity.isEmpty {
                    diagnostics.append(Diagnostic(.warning, "table-row-without-activity",
                                                  "row has no Kegiatan text; its cells are not a step", at: SourceLocation(line: row.firstLine)))
                    continue
                }
                drafts.append(draft)
            }
        }
        return (grid.title, actors, drafts, mainHeader.line)
    }

    /// Settles step numbers, actors, durations and decisions of the rows read from a table. Each row's
    /// activity is read into clauses once, for its actors and its decision, and dropped after its step.
    private static func procedure(title: String?, actors: [Actor], drafts: [RowAssembler.Draft], line: Int,
                                  definitions: [Definition], diagnostics: inout [Diagnostic]) -> Procedure {
        let numbers = StepNumbering.number(drafts.map(\.number), lines: drafts.map(\.line), diagnostics: &diagnostics)
        let matcher = ActorMatcher(actors: actors, definitions: definitions)
        let actorIDs = actors.map(\.id)
        var chain = ActorResolver.Chain()
        var steps: [Step] = []
        steps.reserveCapacity(drafts.count)
        for (index, draft) in drafts.enumerated() {
            let parsed = DurationParser.parse(draft.durationCell)
            if !parsed.understood {
                diagnostics.append(Diagnostic(.warning, "duration-unparsed", "cannot read Waktu \"\(draft.durationCell)\"",
                                              at: SourceLocation(line: draft.line)))
            }
            var mentions = ActivityMentions(ActivityClauses(draft.activity), matcher: matcher)
            let resolution = chain.resolve(draft.marks, mentions: &mentions, matcher: matcher)
            var step = Step(number: numbers[safe: index] ?? index + 1, activity: draft.activity,
                            actors: resolution.actors.compactMap { actors[safe: $0]?.id },
                            actorEvidence: resolution.evidence, inputs: draft.inputs, duration: parsed.duration,
                            outputs: draft.outputs, notes: draft.notes, line: draft.line)
            let next = index + 1 < drafts.count ? numbers[safe: index + 1] ?? index + 2 : nil
            step.decision = DecisionExtractor.decision(mentions: &mentions, marks: draft.marks.map(\.mark), next: next,
                                                       earlier: steps[...], actorIDs: actorIDs, matcher: matcher)
            steps.append(step)
        }
        return Procedure(title: title, actors: actors, steps: steps, line: line)
    }
}
