/// Lines of a table region that carry structure, not content.
enum StructuralLine {
    /// "1 2 3 4 5 6 7": a row that only numbers the columns, four or more consecutive numbers and blanks.
    static func isColumnIndexRow(_ cells: [String]) -> Bool {
        // A cell opening with text other than a digit is neither a number nor blank: most rows stop here.
        for cell in cells {
            if let first = CellText.firstByte(cell), CellText.opensText(first), !CellText.isDigit(first) { return false }
        }
        var count = 0
        var next = 0  // the number the next numbered cell must hold
        for cell in cells {
            if let number = StepNumber.parse(cell) {
                guard count == 0 || number == next else { return false }
                count += 1
                next = number + 1
            } else if !CellText.isBlank(cell) {
                return false
            }
        }
        return count >= 4
    }

    /// True when the cells read as the second header row: labels such as Kelengkapan / Waktu / Output.
    static func isSecondHeaderRow(_ cells: [String]) -> Bool {
        cells.contains { cell in
            switch ColumnRole.recognise(cell) {
            case .inputs, .duration, .output: true
            default: false
            }
        }
    }
}
