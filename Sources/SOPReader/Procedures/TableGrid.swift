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

        public func cell(_ index: Int?) -> String {
            guard let index, cells.indices.contains(index) else { return "" }
            return TextCleaning.clean(cells[index])
        }
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
}
