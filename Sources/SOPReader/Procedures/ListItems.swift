/// Splits a cell into its items: at semicolons and at list numbers ("1. Disposisi 2. Perjanjian kinerja").
enum ListItems {
    static func split(_ text: String) -> [String] {
        var items: [String] = []
        for part in text.split(separator: ";") {
            items.append(contentsOf: splitNumbered(String(part)))
        }
        return items.map { TextCleaning.trimListPunctuation(TextCleaning.collapseWhitespace($0)) }.filter { !$0.isEmpty }
    }

    /// "1. A 2. B" → ["A", "B"]; text without a leading "1." stays whole.
    private static func splitNumbered(_ text: String) -> [String] {
        let words = text.split(separator: " ").map(String.init)
        guard let first = words.first, isMarker(first, expected: 1) else { return [text] }
        var items: [String] = []
        var current: [String] = []
        var expected = 1
        for word in words {
            if isMarker(word, expected: expected) {
                if !current.isEmpty { items.append(current.joined(separator: " ")) }
                current = []
                expected += 1
            } else {
                current.append(word)
            }
        }
        if !current.isEmpty { items.append(current.joined(separator: " ")) }
        return items
    }

    private static func isMarker(_ word: String, expected: Int) -> Bool {
        word == "\(expected)." || word == "\(expected))"
    }
}
