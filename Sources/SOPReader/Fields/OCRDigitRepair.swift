/// Repairs the letters OCR engines put in place of digits (`IO` → `10`, `l` → `1`, `O` → `0`, `S` → `5`).
/// Used only where a number is expected (after "Nomor", in a NIP), never on prose.
public enum OCRDigitRepair {
    private static let lookalikes: [Character: Character] = ["I": "1", "l": "1", "|": "1", "O": "0", "o": "0", "S": "5"]

    /// The digits a number-position token stands for, or nil when it holds anything but digits and look-alike letters.
    public static func digits(_ token: some StringProtocol) -> String? {
        guard !token.isEmpty else { return nil }
        var out = ""
        for ch in token {
            if ch.isASCII && ch.isNumber {
                out.append(ch)
            } else if let digit = lookalikes[ch] {
                out.append(digit)
            } else {
                return nil
            }
        }
        return out
    }

    /// True for a character that is a digit or may stand for one.
    public static func isDigitLike(_ ch: Character) -> Bool {
        (ch.isASCII && ch.isNumber) || lookalikes[ch] != nil
    }
}
