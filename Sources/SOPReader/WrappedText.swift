/// Re-joins text a converter wrapped over several lines.
enum WrappedText {
    /// "E-" + "Sakip" → "E-Sakip"; otherwise the two parts joined by one space.
    static func join(_ head: String, _ tail: String) -> String {
        let a = TextCleaning.collapseWhitespace(head)
        let b = TextCleaning.collapseWhitespace(tail)
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        // Only the last two characters of the head matter: read them from its end, not by copying it.
        if endsWithHyphenAfterLetter(a), b.first?.isLetter == true {
            return a + b
        }
        return a + " " + b
    }

    /// True when the text's last character is `-` after a letter. The `Character` "-" is the byte alone,
    /// so a text ending in another byte is turned away without reading characters.
    private static func endsWithHyphenAfterLetter(_ text: String) -> Bool {
        guard text.utf8.last == UInt8(ascii: "-") else { return false }
        return text.last == "-" && text.dropLast().last?.isLetter == true
    }

    /// `head = join(head, tail)` in place, in time of the tail, for a head that is already collapsed
    /// (built by `join`, `append` or `TextCleaning.collapseWhitespace`): only the seam is looked at.
    static func append(_ tail: String, to head: inout String) {
        let b = TextCleaning.collapseWhitespace(tail)
        if head.isEmpty {
            head = b
            return
        }
        if b.isEmpty { return }
        if endsWithHyphenAfterLetter(head), b.first?.isLetter == true {
            head += b
        } else {
            head += " "
            head += b
        }
    }
}
