/// The case-folded content words of a phrase, Indonesian function words dropped: what the chain
/// rule compares, so "Draft Laporan kinerja" and "Draft Laporan Kinerja yang" agree.
enum ContentWords {
    /// The function words, in the order they get the first ids of a `WordTable` made by `table(adding:)`.
    static let functionWordList = [
        "yang", "dan", "di", "ke", "dari", "untuk", "atau", "serta", "pada", "dengan", "telah", "sudah", "oleh",
        "atas", "dalam", "akan", "the", "of",
    ]
    static let functionWords = Set(functionWordList)

    /// Words are runs of letters and digits, lowercased by `Character`.
    static func of(_ text: String) -> [String] {
        text.lowercased()
            .split { !($0.isLetter || $0.isNumber) }
            .map(String.init)
            .filter { !functionWords.contains($0) }
    }

    /// A word table whose ids are first the function words, then `words` (lowercased) in order.
    static func table(adding words: [String]) -> WordTable {
        WordTable(functionWordList + words)
    }

    /// The content words of `text` (those of `of(_:)`), as ids of `table` (made by `table(adding:)`),
    /// into `ids` (emptied first). ASCII text is split, lowercased and looked up byte by byte.
    static func ids(of text: String, in table: inout WordTable, into ids: inout [Int]) {
        ids.removeAll(keepingCapacity: true)
        var text = text
        let isASCII = text.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            var start = 0
            for index in 0...bytes.count where index == bytes.count || !isWordByte(bytes[index]) {
                if index > start {
                    let id = table.id(ofASCII: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    if id >= functionWordList.count { ids.append(id) }
                }
                start = index + 1
            }
            return true
        }
        guard !isASCII else { return }
        for word in of(text) { ids.append(table.id(ofLowercased: word)) }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: false
        }
    }
}
