/// A word of a line with its position, and the lowercase key the vocabularies compare
/// (surrounding punctuation removed: "Plt." → "plt", "(IV/c)" → "iv/c").
struct ScannedWord {
    let text: Substring
    let key: String

    init(_ text: Substring) {
        self.text = text
        key = ASCIIText.lowercased(ASCIIText.trimming(text, where: ASCIIText.isWordPunctuation))
    }

    static func words(in text: String) -> [ScannedWord] {
        ASCIIText.whitespaceWords(in: text).map(ScannedWord.init)
    }

    /// True when the word has at least two letters and none of them is lowercase ("CAHYONO,", "SH").
    var isAllCaps: Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }
}
