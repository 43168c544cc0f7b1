/// The case-folded content words of a phrase, Indonesian function words dropped: what the chain and
/// actor rules compare, so "Draft Laporan kinerja" and "Draft Laporan Kinerja yang" agree.
enum ContentWords {
    static let functionWords: Set<String> = [
        "yang", "dan", "di", "ke", "dari", "untuk", "atau", "serta", "pada", "dengan", "telah", "sudah", "oleh",
        "atas", "dalam", "akan", "the", "of",
    ]

    /// Words are runs of letters and digits; ASCII text is split and lowercased byte by byte, other
    /// text by `Character`.
    static func of(_ text: String) -> [String] {
        let ascii = text.utf8.withContiguousStorageIfAvailable(asciiWords) ?? Array(text.utf8).withUnsafeBufferPointer(asciiWords)
        if let ascii { return ascii }
        return text.lowercased()
            .split { !($0.isLetter || $0.isNumber) }
            .map(String.init)
            .filter { !functionWords.contains($0) }
    }

    /// The content words of ASCII bytes; nil when a byte is not ASCII.
    private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var words: [String] = []
        words.reserveCapacity(bytes.count / 4 + 1)
        var start = 0
        for index in 0...bytes.count {
            let byte = index < bytes.count ? bytes[index] : 0x20
            guard byte < 0x80 else { return nil }
            if asciiWordByte(byte) { continue }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
            start = index + 1
            guard !word.isEmpty, !isFunctionWord(word) else { continue }
            words.append(String(unsafeUninitializedCapacity: word.count) { buffer in
                for offset in word.indices { buffer[offset] = CaseFolding.asciiLowercased(word[offset]) }
                return word.count
            })
        }
        return words
    }

    /// `functionWords` as bytes, by length: ASCII words are looked up without making a String.
    private static let functionWordsByLength: [[[UInt8]]] = functionWords.reduce(into: []) { table, word in
        let bytes = Array(word.utf8)
        while table.count <= bytes.count { table.append([]) }
        table[bytes.count].append(bytes)
    }

    /// Whether ASCII `word`, case-folded, is a function word.
    private static func isFunctionWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count < functionWordsByLength.count else { return false }
        return functionWordsByLength[word.count].contains { candidate in
            zip(candidate, word).allSatisfy { $0 == CaseFolding.asciiLowercased($1) }
        }
    }

    private static func asciiWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: false
        }
    }
}
