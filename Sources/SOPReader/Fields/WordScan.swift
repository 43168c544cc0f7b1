/// A word of a line with its position, and the lowercase key the vocabularies compare
/// (surrounding punctuation removed: "Plt." → "plt", "(IV/c)" → "iv/c").
struct ScannedWord {
    let text: Substring
    let key: String

    init(_ text: Substring) {
        self.text = text
        key = ASCIIText.lowercased(ASCIIText.trimming(text, where: ASCIIText.isWordPunctuation))
    }

    private init(text: Substring, key: String) {
        self.text = text
        self.key = key
    }

    /// The whitespace-separated words: ASCII text without CR is cut and keyed on its bytes in one pass
    /// (one byte, one `Character`), other text by `Character`.
    static func words(in text: String) -> [ScannedWord] {
        var owner = text
        let bytePath = owner.withUTF8 { bytes -> [ScannedWord]? in
            ASCIIText.isOneBytePerCharacter(bytes) ? byteWords(text, bytes) : nil
        }
        return bytePath ?? ASCIIText.whitespaceWords(in: text).map(ScannedWord.init)
    }

    /// `words(in:)` of ASCII text without CR, whose UTF-8 bytes are `bytes`.
    private static func byteWords(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> [ScannedWord] {
        let utf8 = text.utf8
        var words: [ScannedWord] = []
        // A line has a few words; a runaway one grows the array as it needs.
        words.reserveCapacity(min(bytes.count / 2 + 1, 32))
        var next = 0
        while let word = ASCIIText.wordRange(in: bytes, from: next) {
            next = word.upperBound
            var lower = word.lowerBound, upper = word.upperBound
            while lower < upper, ASCIIText.isWordPunctuation(bytes[lower]) { lower += 1 }
            while lower < upper, ASCIIText.isWordPunctuation(bytes[upper - 1]) { upper -= 1 }
            let key = String(unsafeUninitializedCapacity: upper - lower) { out in
                for offset in lower..<upper { out[offset - lower] = ASCIIText.lowercased(bytes[offset]) }
                return upper - lower
            }
            let from = utf8.index(utf8.startIndex, offsetBy: word.lowerBound)
            words.append(ScannedWord(text: text[from..<utf8.index(from, offsetBy: word.count)], key: key))
        }
        return words
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
