import SOPModel

/// Finds a flattened (raw OCR) procedure table in a document where no line is laid out as a table:
/// from its header block (or the title line above it) to the last line before the closing signature.
enum FlattenedTableLocator {
    static func locate(in text: SourceText) -> [TableRegion] {
        let lines = text.lines
        guard let header = FlattenedHeader.find(in: lines, from: 0) else { return [] }
        let start = TableLocator.titleIndex(above: header.first, floor: 0, in: lines) ?? header.first
        var end = lines.count - 1
        if let signature = signatureStart(in: lines, after: header.last) { end = signature - 1 }
        while end > header.last, lines[end].isBlank { end -= 1 }
        var region = TableRegion(lines: lines[start].number...lines[end].number, layout: .flattened, headerLines: [])
        var carried = header
        carried.first -= start
        carried.last -= start
        region.flattenedHeader = carried
        return [region]
    }

    /// The first line of the closing signature block: the blank-separated block holding "NIP", "Ditetapkan
    /// di" or "Pada tanggal".
    private static func signatureStart(in lines: [SourceLine], after header: Int) -> Int? {
        guard let cue = lines.indices.first(where: { index in
            index > header && opensSignature(lines[index].text)
        }) else { return nil }
        var start = cue
        while start - 1 > header, !lines[start - 1].isBlank { start -= 1 }
        return start
    }

    private static let signatureCues = ["nip", "ditetapkan di", "pada tanggal"]
    private static let signatureCueBytes = signatureCues.map { Array($0.utf8) }

    /// True when the cleaned line, lower-cased, starts with a signature cue. (Internal for the tests of
    /// its byte path.)
    static func opensSignature(_ line: String) -> Bool {
        var line = line
        if let opens = line.withUTF8(opensSignature(asciiBytes:)) { return opens }
        let lower = TextCleaning.clean(line).lowercased()
        return signatureCues.contains { lower.hasPrefix($0) }
    }

    /// `opensSignature` read from the line's bytes while they are ASCII without markup: cleaning drops
    /// the leading whitespace and makes each run of whitespace one space, lower-casing an ASCII letter
    /// sets its 0x20 bit. A cue matched that way opens the line unless a non-ASCII byte follows it (a
    /// combining mark would join its last letter). Nil when a byte that could change the answer is
    /// not plain ASCII: then cleaning or lower-casing may do more (a Kelvin sign lower-cases to "k").
    private static func opensSignature(asciiBytes bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var start = 0
        while start < bytes.count, ASCIIText.isWhitespace(bytes[start]) { start += 1 }
        var undecided = false
        for cue in signatureCueBytes {
            var index = start
            var matched = true
            for letter in cue {
                guard index < bytes.count else { matched = false; break }
                let byte = bytes[index]
                if byte >= 0x80 || TextCleaning.isMarkupByte(byte) { undecided = true; matched = false; break }
                if letter == 0x20 {
                    guard ASCIIText.isWhitespace(byte) else { matched = false; break }
                    while index < bytes.count, ASCIIText.isWhitespace(bytes[index]) { index += 1 }
                    continue
                }
                guard byte | 0x20 == letter else { matched = false; break }
                index += 1
            }
            guard matched else { continue }
            if index < bytes.count, bytes[index] >= 0x80 || TextCleaning.isMarkupByte(bytes[index]) { return nil }
            return true
        }
        return undecided ? nil : false
    }
}
