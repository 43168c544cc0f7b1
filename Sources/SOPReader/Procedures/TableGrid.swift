import SOPModel

/// A procedure table as rows of column-indexed cells, independent of the layout it was read from.
public struct TableGrid: Sendable {
    /// One logical row: cell texts by column and the source lines it was assembled from.
    public struct Row: Sendable, Equatable {
        public var cells: [String]
        public var lines: [Int]

        public init(cells: [String], lines: [Int]) {
            self.cells = cells
            self.lines = lines
        }

        public var firstLine: Int { lines.first ?? 0 }
    }

    /// The header rows of one page of the table and the data rows that follow them.
    public struct Section: Sendable {
        public var headerRows: [Row]
        public var dataRows: [Row]
    }

    public var title: String?
    public var titleLine: Int?
    public var sections: [Section]
    public var diagnostics: [Diagnostic]

    /// Takes a line above the first header as the table title, or reports it when it is none.
    mutating func placeTitle(_ line: SourceLine) {
        if let reading = TableTitle.read(line), title == nil {
            title = reading.title
            titleLine = line.number
            for other in reading.otherCells {
                diagnostics.append(Diagnostic(.note, "table-title-extra-text",
                                              "text beside the table title is not part of it: \"\(other)\"", at: line.location()))
            }
        } else {
            diagnostics.append(Diagnostic(.warning, "table-line-unplaced",
                                          "line above the table header could not be placed", at: line.location()))
        }
    }
}
