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

    /// The mark a cell holds, or nil when the cell is blank or holds ordinary text.
    public static func read(_ raw: String) -> CellMark? {
        let text = TextCleaning.clean(raw)
        guard !text.isEmpty else { return nil }
        let key: String, letterCount: Int, bare: String, length: Int
        if ASCIIText.isOneBytePerCharacter(text) {
            // The same reading from the bytes: lower-cased, whitespace dropped, letters counted, `\` removed.
            var keyBytes: [UInt8] = []
            var bareBytes: [UInt8] = []
            var letters = 0
            for byte in text.utf8 where !ASCIIText.isWhitespace(byte) {
                let lower = ASCIIText.lowercased(byte)
                keyBytes.append(lower)
                if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) { letters += 1 }
                if lower != UInt8(ascii: "\\") { bareBytes.append(lower) }
            }
            key = String(decoding: keyBytes, as: UTF8.self)
            bare = String(decoding: bareBytes, as: UTF8.self)
            letterCount = letters
            length = keyBytes.count
        } else {
            key = String(text.lowercased().filter { !$0.isWhitespace })
            letterCount = key.filter { $0.isASCII && $0.isLetter }.count
            bare = key.replacingOccurrences(of: "\\", with: "")
            length = key.count
        }
        if yesLabels.contains(key) { return .yes }
        if noLabels.contains(key) { return .no }
        if decisionGlyphs.contains(bare) { return .glyph(decision: true) }
        guard length <= 3 || (key.hasPrefix("\\") && length <= 12) else { return nil }
        if letterCount > 1 && !key.hasPrefix("\\") { return nil }
        return .glyph(decision: false)
    }
}
