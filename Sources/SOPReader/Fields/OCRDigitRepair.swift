/// Repairs the letters OCR engines put in place of digits (`IO` → `10`, `l` → `1`, `O` → `0`, `S` → `5`).
/// Used only where a number is expected (after "Nomor", in a NIP), never on prose.
public enum OCRDigitRepair {
    private static let lookalikes: [Character: Character] = ["I": "1", "l": "1", "|": "1", "O": "0", "o": "0", "S": "5"]

    /// The digits a number-position token stands for, or nil when it holds anything but digits and look-alike letters.
    public static func digits(_ token: some StringProtocol) -> String? {
        guard !token.isEmpty else { return nil }
        // Every digit and look-alike is one ASCII byte that is a `Character` of its own (CR, which CR LF
        // joins, is neither): the token qualifies exactly when each of its bytes is one, and maps bytewise.
        var out: [UInt8] = []
        out.reserveCapacity(token.utf8.count)
        for byte in token.utf8 {
            guard let digit = digit(forByte: byte) else { return nil }
            out.append(digit)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The digit an ASCII byte stands for: itself for a digit, the look-alike's digit, else nil.
    /// The bytes it maps are the one-byte characters `isDigitLike` accepts.
    static func digit(forByte byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte
        case UInt8(ascii: "I"), UInt8(ascii: "l"), UInt8(ascii: "|"): UInt8(ascii: "1")
        case UInt8(ascii: "O"), UInt8(ascii: "o"): UInt8(ascii: "0")
        case UInt8(ascii: "S"): UInt8(ascii: "5")
        default: nil
        }
    }

    /// True for a character that is a digit or may stand for one.
    public static func isDigitLike(_ ch: Character) -> Bool {
        (ch.isASCII && ch.isNumber) || lookalikes[ch] != nil
    }
}
