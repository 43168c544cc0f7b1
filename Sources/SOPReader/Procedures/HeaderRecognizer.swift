/// The columns a table's header rows name: where No, Kegiatan, the actors, Kelengkapan, Waktu,
/// Output and Keterangan stand. The second row (actor names, Kelengkapan / Waktu / Output) wins over
/// the first, whose spanning labels (Pelaksana, Mutu Baku) are often offset.
public struct TableHeader: Sendable, Equatable {
    public var number: Int?
    public var activity: Int?
    public var actors: [(column: Int, name: String)]
    public var inputs: Int?
    public var duration: Int?
    public var output: Int?
    public var notes: Int?
    /// Source line of the first header row.
    public var line: Int

    public static func == (a: TableHeader, b: TableHeader) -> Bool {
        a.number == b.number && a.activity == b.activity && a.actors.map(\.column) == b.actors.map(\.column)
            && a.actors.map(\.name) == b.actors.map(\.name) && a.inputs == b.inputs && a.duration == b.duration
            && a.output == b.output && a.notes == b.notes && a.line == b.line
    }
}

/// Recognises a `TableHeader` from the header rows of a grid section.
public enum HeaderRecognizer {
    public static func recognise(_ rows: [TableGrid.Row]) -> TableHeader {
        let ordered = Array(rows.reversed())
        let roles = ordered.map { $0.cells.map { ColumnRole.recognise($0) } }  // each cell recognised once
        func column(of role: ColumnRole) -> Int? {
            for rowRoles in roles {
                if let index = rowRoles.firstIndex(of: role) { return index }
            }
            return nil
        }
        let activity = column(of: .activity)
        let inputs = column(of: .inputs)
        let duration = column(of: .duration)
        let output = column(of: .output)
        let firstQuality = [inputs, duration, output, column(of: .quality)].compactMap { $0 }.min()
        let namesRow = ordered.indices.first { r in
            ordered[r].cells.indices.contains { roles[r][$0] == nil && !CellText.isBlank(ordered[r].cells[$0]) }
        }
        var actors: [(column: Int, name: String)] = []
        if let namesRow {
            let cells = ordered[namesRow].cells
            let lower = (activity ?? 1) + 1
            let labels: [ColumnRole] = [.inputs, .duration, .output, .quality, .notes]
            let ownLabel = cells.indices.first { index in
                index >= lower && roles[namesRow][index].map { labels.contains($0) } == true
            }
            let upper = ownLabel ?? firstQuality ?? cells.count
            for index in cells.indices where index >= lower && index < upper {
                let name = TextCleaning.clean(cells[index])
                if !name.isEmpty, ColumnRole.recognise(name) == nil { actors.append((index, name)) }
            }
        }
        return TableHeader(number: column(of: .number), activity: activity, actors: actors, inputs: inputs,
                           duration: duration, output: output, notes: column(of: .notes),
                           line: rows.first?.firstLine ?? 0)
    }
}
