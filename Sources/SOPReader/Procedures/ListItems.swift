/// Splits a cell into its items: at semicolons and at list numbers ("1. Disposisi 2. Perjanjian kinerja").
enum ListItems {
    static func split(_ text: String) -> [String] {
        var items: [String] = []
        // `;` is a character of its own in ASCII text, where the bytes are split; other text by characters.
        let parts = ASCIIText.isOneBytePerCharacter(text)
            ? text.utf8.split(separator: UInt8(ascii: ";")).map { Substring($0) } : text.split(separator: ";")
        for part in parts {
            items.append(contentsOf: splitNumbered(String(part)))
        }
        return items.map { TextCleaning.trimListPunctuation(TextCleaning.collapseWhitespace($0)) }.filter { !$0.isEmpty }
    }

    /// "1. A 2. B" → ["A", "B"]; text without a leading "1." or "1)" stays whole.
    private static func splitNumbered(_ text: String) -> [String] {
        guard text.hasPrefix("1.") || text.hasPrefix("1)") else { return [text] }
        let (marker, rest) = ListMarker.split(text)
        guard let marker, marker.ordinal == 1 else { return [text] }
        return ListItemParser.splitRunTogether(rest, after: marker)
    }
}
