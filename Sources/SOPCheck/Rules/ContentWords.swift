/// The case-folded content words of a phrase, Indonesian function words dropped: what the chain and
/// actor rules compare, so "Draft Laporan kinerja" and "Draft Laporan Kinerja yang" agree.
enum ContentWords {
    static let functionWords: Set<String> = [
        "yang", "dan", "di", "ke", "dari", "untuk", "atau", "serta", "pada", "dengan", "telah", "sudah", "oleh",
        "atas", "dalam", "akan", "the", "of",
    ]

    static func of(_ text: String) -> [String] {
        text.lowercased()
            .split { !($0.isLetter || $0.isNumber) }
            .map(String.init)
            .filter { !functionWords.contains($0) }
    }
}
