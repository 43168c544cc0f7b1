/// OCR leftovers of flowchart symbols and table rules: tokens such as "v", "|", "[", "]", "<>", "—",
/// "ﬁ", "[j", "I_A:I" or a lone letter, which stood where a drawing was and carry no text.
enum OCRNoise {
    private static let ruleCharacters: Set<Character> = ["|", "[", "]", "{", "}", "<", ">", "_", "\\", "/", "—", "–", "(", ")", ":", "~"]
    private static let ligatures: Set<Character> = ["ﬁ", "ﬂ", "ﬀ", "ﬃ", "ﬄ", "√", "✓", "→", "←", "↓", "↑", "◇", "◆", "○", "□"]

    /// True when the whitespace-free token is noise rather than a word, a list number or a duration.
    static func isNoise(_ token: String) -> Bool {
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
}
