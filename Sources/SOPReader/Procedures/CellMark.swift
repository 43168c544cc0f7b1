/// What is left in an actor's column of a row: a flowchart glyph ("→", "\Diamond", "√", "v", "ŏ"),
/// a branch label (Ya / Tidak, Lengkap / Tidak Lengkap, Benar / Salah), or text that is no mark at all.
public enum CellMark: Sendable, Equatable {
    case glyph(decision: Bool)
    case yes
    case no

    private static let yesLabels: Set<String> = ["ya", "y", "lengkap", "benar", "sesuai", "setuju", "ok", "valid"]
    private static let noLabels: Set<String> = [
        "tidak", "t", "tdk", "salah", "tidaklengkap", "tidaksesuai", "tidaksetuju", "tidakvalid", "no",
    ]
    private static let decisionGlyphs: Set<String> = ["diamond", "◇", "◆", "◊", "<>", "⬦", "⋄"]

    /// The labels and glyphs as bytes, for the reading of ASCII cells.
    private static let yesKeys = yesLabels.map { Array($0.utf8) }
    private static let noKeys = noLabels.map { Array($0.utf8) }
    private static let asciiGlyphKeys = decisionGlyphs.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

    /// The longest key a mark can have: a longer one is no label and no glyph.
    private static let longestKey = 12

    /// The mark a cell holds, or nil when the cell is blank or holds ordinary text.
    public static func read(_ raw: String) -> CellMark? {
        let text = TextCleaning.clean(raw)
        guard !text.isEmpty else { return nil }
        var bytes = text
        if let mark = bytes.withUTF8({ utf8 -> CellMark?? in
            ASCIIText.isOneBytePerCharacter(utf8) ? .some(read(ascii: utf8)) : nil
        }) { return mark }
        let key = String(text.lowercased().filter { !$0.isWhitespace })
        let letterCount = key.filter { $0.isASCII && $0.isLetter }.count
        let bare = key.replacingOccurrences(of: "\\", with: "")
        let length = key.count
        if yesLabels.contains(key) { return .yes }
        if noLabels.contains(key) { return .no }
        if decisionGlyphs.contains(bare) { return .glyph(decision: true) }
        guard length <= 3 || (key.hasPrefix("\\") && length <= longestKey) else { return nil }
        if letterCount > 1 && !key.hasPrefix("\\") { return nil }
        return .glyph(decision: false)
    }

    /// `read` of cleaned ASCII bytes (one byte, one character): the key is the bytes lower-cased without
    /// whitespace, and the bare key that without `\`. Only their first `longestKey` bytes are kept: a
    /// longer key or bare key is no label and no glyph.
    private static func read(ascii text: UnsafeBufferPointer<UInt8>) -> CellMark? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestKey * 2) { buffer -> CellMark? in
            let keyBuffer = UnsafeMutableBufferPointer(rebasing: buffer[..<longestKey])
            let bareBuffer = UnsafeMutableBufferPointer(rebasing: buffer[longestKey...])
            var length = 0, bareLength = 0, letters = 0
            for byte in text where !ASCIIText.isWhitespace(byte) {
                let lower = ASCIIText.lowercased(byte)
                if length < longestKey { keyBuffer[length] = lower }
                length += 1
                if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) { letters += 1 }
                if lower != UInt8(ascii: "\\") {
                    if bareLength < longestKey { bareBuffer[bareLength] = lower }
                    bareLength += 1
                }
            }
            let key = UnsafeBufferPointer(rebasing: keyBuffer[..<min(length, longestKey)])
            let bare = UnsafeBufferPointer(rebasing: bareBuffer[..<min(bareLength, longestKey)])
            if length <= longestKey {
                if yesKeys.contains(where: { WordBytes.equal($0, key) }) { return .yes }
                if noKeys.contains(where: { WordBytes.equal($0, key) }) { return .no }
            }
            if bareLength <= longestKey, asciiGlyphKeys.contains(where: { WordBytes.equal($0, bare) }) {
                return .glyph(decision: true)
            }
            let opensWithBackslash = key.first == UInt8(ascii: "\\")
            guard length <= 3 || (opensWithBackslash && length <= longestKey) else { return nil }
            if letters > 1 && !opensWithBackslash { return nil }
            return .glyph(decision: false)
        }
    }
}
