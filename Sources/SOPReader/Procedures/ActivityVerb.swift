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
        let letters = word.drop { !$0.isLetter }.prefix { $0.isLetter }
        guard letters.count >= 5, let first = letters.first, first.isUppercase else { return false }
        guard letters.dropFirst().allSatisfy(\.isLowercase) else { return false }
        let lower = letters.lowercased()
        guard !lookalikes.contains(lower) else { return false }
        return lower.hasPrefix("me") || lower.hasPrefix("di")
    }
}
