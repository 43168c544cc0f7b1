/// Re-joins text a converter wrapped over several lines.
enum WrappedText {
    /// "E-" + "Sakip" → "E-Sakip"; otherwise the two parts joined by one space.
    static func join(_ head: String, _ tail: String) -> String {
        let a = TextCleaning.collapseWhitespace(head)
        let b = TextCleaning.collapseWhitespace(tail)
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        let chars = Array(a)
        if chars.count >= 2, chars[chars.count - 1] == "-", chars[chars.count - 2].isLetter, b.first?.isLetter == true {
            return a + b
        }
        return a + " " + b
    }
}
