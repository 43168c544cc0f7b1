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
    /// One byte more than the longest cue: the byte after a cue must start a character of its own.
    private static let signatureHeadLength = (signatureCueBytes.map(\.count).max() ?? 0) + 1

    /// True when the cleaned line, lower-cased, starts with a signature cue. When its first bytes (one more
    /// than the longest cue) are ASCII, each is a character of its own and the cues are compared as bytes.
    private static func opensSignature(_ line: String) -> Bool {
        let cleaned = TextCleaning.clean(line)
        let head = cleaned.utf8.prefix(signatureHeadLength)
        guard ASCIIText.isASCII(head) else {
            let lower = cleaned.lowercased()
            return signatureCues.contains { lower.hasPrefix($0) }
        }
        let lower = head.map { ASCIIText.lowercased($0) }
        return signatureCueBytes.contains { lower.starts(with: $0) }
    }
}
