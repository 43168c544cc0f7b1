/// Lines of a table region that carry structure, not content.
enum StructuralLine {
    /// "1 2 3 4 5 6 7": a row that only numbers the columns.
    static func isColumnIndexRow(_ cells: [String]) -> Bool {
        var numbers: [Int] = []
        for cell in cells {
            if let number = StepNumber.parse(cell) {
                numbers.append(number)
            } else if !isBlank(cell) {
                return false
            }
        }
        guard numbers.count >= 4, let first = numbers.first else { return false }
        return numbers == Array(first..<(first + numbers.count))
    }

    /// True when the cell is empty once cleaned. A cell whose first byte past whitespace is ASCII and
    /// opens no markup (`<`, `*`, `_`) keeps that byte when cleaned, so it is not blank.
    static func isBlank(_ cell: String) -> Bool {
        for byte in cell.utf8 where byte != 0x20 && !(0x09...0x0D).contains(byte) {
            if byte < 0x80, byte != UInt8(ascii: "<"), byte != UInt8(ascii: "*"), byte != UInt8(ascii: "_") { return false }
            break
        }
        return TextCleaning.clean(cell).isEmpty
    }

    /// True when the cells read as the second header row: labels such as Kelengkapan / Waktu / Output.
    static func isSecondHeaderRow(_ cells: [String]) -> Bool {
        let roles = ColumnRole.roles(in: cells)
        return !roles.isDisjoint(with: [.inputs, .duration, .output])
    }
}
