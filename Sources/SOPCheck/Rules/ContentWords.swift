/// The case-folded content words of a phrase, Indonesian function words dropped: what the chain and
/// actor rules compare, so "Draft Laporan kinerja" and "Draft Laporan Kinerja yang" agree.
enum ContentWords {
    static let functionWords: Set<String> = [
        "yang", "dan", "di", "ke", "dari", "untuk", "atau", "serta", "pada", "dengan", "telah", "sudah", "oleh",
        "atas", "dalam", "akan", "the", "of",
    ]

    /// Words are runs of letters and digits; ASCII text is split byte by byte, other text by `Character`.
    static func of(_ text: String) -> [String] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.lowercased()
                .split { !($0.isLetter || $0.isNumber) }
                .map(String.init)
                .filter { !functionWords.contains($0) }
        }
        var words: [String] = []
        var word: [UInt8] = []
        func finishWord() {
            guard !word.isEmpty else { return }
            let text = String(decoding: word, as: UTF8.self)
            if !functionWords.contains(text) { words.append(text) }
            word.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
            default: finishWord()
            }
        }
        finishWord()
        return words
    }
}
