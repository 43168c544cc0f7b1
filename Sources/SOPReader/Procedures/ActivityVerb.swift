/// Recognises the word that opens a procedure step in raw OCR: a capitalised Indonesian verb in the
/// active (Me-, Mem-, Men-, Meng-, Meny-) or passive (Di-) voice, such as "Menugaskan" or "Diteruskan".
enum ActivityVerb {
    /// Nouns and units that look like Me-/Di- verbs but never open a step.
    private static let lookalikes: Set<String> = [
        "menit", "menteri", "media", "meja", "mesin", "memo", "metode", "meter", "merek", "merk", "menu",
        "disposisi", "dinas", "direktur", "direktorat", "digital", "diskusi", "distribusi", "dimensi", "diploma",
    ]

    /// True when `word` (punctuation at its ends ignored) is a capitalised Me-/Di- verb.
    static func opensStep(_ word: String) -> Bool {
        if ASCIIText.isASCII(word) { return opensStep(asciiBytes: Array(word.utf8)) }
        let letters = word.drop { !$0.isLetter }.prefix { $0.isLetter }
        guard letters.count >= 5, let first = letters.first, first.isUppercase else { return false }
        guard letters.dropFirst().allSatisfy(\.isLowercase) else { return false }
        let lower = letters.lowercased()
        guard !lookalikes.contains(lower) else { return false }
        return lower.hasPrefix("me") || lower.hasPrefix("di")
    }

    /// `opensStep` of an ASCII word, from its bytes: there the letters are A–Z and a–z, and a CR LF
    /// `Character` is two bytes that are neither.
    private static func opensStep(asciiBytes bytes: [UInt8]) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
        let letters = bytes.drop { !isLetter($0) }.prefix { isLetter($0) }
        guard letters.count >= 5, let first = letters.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) else { return false }
        guard letters.dropFirst().allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }) else { return false }
        let lower = String(decoding: letters.map { $0 | 0x20 }, as: UTF8.self)
        guard !lookalikes.contains(lower) else { return false }
        return lower.hasPrefix("me") || lower.hasPrefix("di")
    }
}
