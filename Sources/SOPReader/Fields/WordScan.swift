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
        // ASCII: the letters are the bytes A–Z and a–z (CR, alone or before LF, is no letter).
        if let ascii = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool? in
            guard ASCIIText.isASCII(bytes) else { return nil }
            var letters = 0
            for byte in bytes {
                if byte &- UInt8(ascii: "a") < 26 { return false }
                if byte &- UInt8(ascii: "A") < 26 { letters += 1 }
            }
            return letters >= 2
        }), let ascii {
            return ascii
        }
        return Self.isAllCapsByCharacters(text)
    }

    /// `isAllCaps` read by `Character`: what the ASCII path must agree with.
    static func isAllCapsByCharacters(_ text: Substring) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }
}
