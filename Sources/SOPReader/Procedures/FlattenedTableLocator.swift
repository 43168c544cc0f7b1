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
        return [TableRegion(lines: lines[start].number...lines[end].number, layout: .flattened)]
    }

    /// The first line of the closing signature block: the blank-separated block holding "NIP", "Ditetapkan
    /// di" or "Pada tanggal".
    private static func signatureStart(in lines: [SourceLine], after header: Int) -> Int? {
        guard let cue = lines.indices.first(where: { index in
            guard index > header else { return false }
            let lower = TextCleaning.clean(lines[index].text).lowercased()
            return lower.hasPrefix("nip") || lower.hasPrefix("ditetapkan di") || lower.hasPrefix("pada tanggal")
        }) else { return nil }
        var start = cue
        while start - 1 > header, !lines[start - 1].isBlank { start -= 1 }
        return start
    }
}
