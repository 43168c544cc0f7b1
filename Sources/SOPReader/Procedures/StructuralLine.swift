/// Lines of a table region that carry structure, not content.
enum StructuralLine {
    /// "1 2 3 4 5 6 7": a row that only numbers the columns.
    static func isColumnIndexRow(_ cells: [String]) -> Bool {
        let values = cells.map { TextCleaning.clean($0) }.filter { !$0.isEmpty }
        guard values.count >= 4 else { return false }
        let numbers = values.compactMap { StepNumber.parse($0) }
        guard numbers.count == values.count, let first = numbers.first else { return false }
        return numbers == Array(first..<(first + numbers.count))
    }

    /// True when the cells read as the second header row: labels such as Kelengkapan / Waktu / Output.
    static func isSecondHeaderRow(_ cells: [String]) -> Bool {
        let roles = ColumnRole.roles(in: cells)
        return !roles.isDisjoint(with: [.inputs, .duration, .output])
    }
}
