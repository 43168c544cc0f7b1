/// OCR leftovers of flowchart symbols and table rules: tokens such as "v", "|", "[", "]", "<>", "—",
/// "ﬁ", "[j", "I_A:I" or a lone letter, which stood where a drawing was and carry no text.
enum OCRNoise {
    private static let ruleCharacters: Set<Character> = ["|", "[", "]", "{", "}", "<", ">", "_", "\\", "/", "—", "–", "(", ")", ":", "~"]
    private static let ligatures: Set<Character> = ["ﬁ", "ﬂ", "ﬀ", "ﬃ", "ﬄ", "√", "✓", "→", "←", "↓", "↑", "◇", "◆", "○", "□"]

    /// True when the whitespace-free token is noise rather than a word, a list number or a duration.
    static func isNoise(_ token: String) -> Bool {
        guard !token.isEmpty else { return false }
        return isPrintableASCIINoise(token.utf8) ?? isNoiseByCharacters(token)
    }

    /// `isNoise` read character by character, for any token (internal for the tests of the ASCII path).
    static func isNoiseByCharacters(_ token: String) -> Bool {
        guard !token.isEmpty else { return false }
        if !token.contains(where: { $0.isLetter || $0.isNumber }) { return true }
        if token.count == 1 {
            // A lone letter or digit is no Indonesian word; a list number keeps its period ("1.").
            return true
        }
        if token.allSatisfy({ ligatures.contains($0) || ruleCharacters.contains($0) }) { return true }
        if token.count <= 6, token.contains(where: { ruleCharacters.contains($0) }),
           !token.contains("/") || token.filter(\.isLetter).count <= 2 {
            return !isWordWithPunctuation(token)
        }
        return false
    }

    /// "kinerja," or "(LKj)" style tokens that merely carry punctuation.
    private static func isWordWithPunctuation(_ token: String) -> Bool {
        let core = token.filter { $0.isLetter || $0.isNumber }
        guard core.count >= 3 else { return false }
        let inner = token.drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }
        return inner.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "/" }
    }

    /// `isNoise` read from the bytes of a token of printable ASCII characters (each byte a character; the
    /// letters and digits are A–Z, a–z, 0–9; no ligature); nil for any other token. (Internal for
    /// `FlattenedWords.isNoise`, which reads a word's bytes in place.)
    static func isPrintableASCIINoise(_ bytes: some BidirectionalCollection<UInt8>) -> Bool? {
        var count = 0
        var letters = 0
        var digits = 0
        var hasRule = false
        var hasSlash = false
        for byte in bytes {
            guard byte >= 0x21, byte <= 0x7E else { return nil }
            count += 1
            if isASCIILetter(byte) { letters += 1 } else if isASCIIDigit(byte) { digits += 1 }
            if isASCIIRule(byte) { hasRule = true }
            if byte == UInt8(ascii: "/") { hasSlash = true }
        }
        if letters + digits == 0 || count == 1 { return true }
        guard count <= 6, hasRule, !hasSlash || letters <= 2 else { return false }
        // Not noise when it is a word of three or more letters and digits with punctuation at its ends only.
        guard letters + digits >= 3 else { return true }
        let inner = bytes.drop { !isASCIIAlphanumeric($0) }.reversed().drop { !isASCIIAlphanumeric($0) }
        return !inner.allSatisfy { isASCIIAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/") }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    private static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool { isASCIILetter(byte) || isASCIIDigit(byte) }

    /// The ASCII members of `ruleCharacters`.
    private static func isASCIIRule(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "|"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "<"),
             UInt8(ascii: ">"), UInt8(ascii: "_"), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: ":"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}
