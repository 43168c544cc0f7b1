/// Lines of a table region that carry structure, not content.
enum StructuralLine {
    /// "1 2 3 4 5 6 7": a row that only numbers the columns.
    static func isColumnIndexRow(_ cells: [String]) -> Bool {
        var numbers: [Int] = []
        for cell in cells {
            if let number = StepNumber.parse(cell) {
                numbers.append(number)
            } else if !CellText.isBlank(cell) {
                return false
            }
        }
        guard numbers.count >= 4, let first = numbers.first else { return false }
        return numbers == Array(first..<(first + numbers.count))
    }

    /// True when the cells read as the second header row: labels such as Kelengkapan / Waktu / Output.
    static func isSecondHeaderRow(_ cells: [String]) -> Bool {
        let roles = ColumnRole.roles(in: cells)
        return !roles.isDisjoint(with: [.inputs, .duration, .output])
    }
}
