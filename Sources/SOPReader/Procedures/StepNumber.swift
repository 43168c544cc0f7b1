/// Reads a printed step number: "7", "7.", "07)", and past 9999 "10000." where it continues the table.
public enum StepNumber {
    /// How far past the previous step number a number of five or more digits may stand.
    static let longNumberReach = 10

    /// A step number of at most four digits, read without context.
    public static func parse(_ raw: String) -> Int? { parse(raw, after: nil) }

    /// A step number of at most four digits, or a longer one (up to 18 digits) that follows `previous`,
    /// the table's last step number, by 1 to `longNumberReach`. Years, NIPs, dates and page numbers of
    /// five or more digits do not continue a table's numbering, so they stay text.
    public static func parse(_ raw: String, after previous: Int?) -> Int? {
        guard let (value, digits) = printedNumber(raw) else { return nil }
        if digits <= 4 { return value }
        guard let previous, value > previous, value - previous <= longNumberReach else { return nil }
        return value
    }

    /// The value and digit count of a cell that holds only ASCII digits followed by any `.` and `)`
    /// (markup and surrounding whitespace ignored); nil for anything else or more than 18 digits.
    private static func printedNumber(_ raw: String) -> (value: Int, digits: Int)? {
        // Cleaning keeps a first byte of plain text first: such a byte other than a digit opens no number.
        if let first = CellText.firstByte(raw), CellText.opensText(first), !CellText.isDigit(first) { return nil }
        let needsCleaning = raw.utf8.contains { $0 >= 0x80 || TextCleaning.isMarkupByte($0) }
        let text = needsCleaning ? TextCleaning.clean(raw) : raw
        var value = 0
        var digits = 0
        var inTail = false  // past the digits, in the `.` / `)` run
        var trailingSpace = false
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09...0x0D:
                if digits > 0 { trailingSpace = true }
            case _ where trailingSpace:
                return nil
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard !inTail, digits < 18 else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                guard digits > 0 else { return nil }
                inTail = true
            default:
                return nil
            }
        }
        return digits > 0 ? (value, digits) : nil
    }
}
