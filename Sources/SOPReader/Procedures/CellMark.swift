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
        let key = String(text.lowercased().filter { !$0.isWhitespace })
        if yesLabels.contains(key) { return .yes }
        if noLabels.contains(key) { return .no }
        let letters = key.filter { $0.isASCII && $0.isLetter }
        let bare = key.replacingOccurrences(of: "\\", with: "")
        if decisionGlyphs.contains(bare) { return .glyph(decision: true) }
        guard key.count <= 3 || (key.hasPrefix("\\") && key.count <= 12) else { return nil }
        if letters.count > 1 && !key.hasPrefix("\\") { return nil }
        return .glyph(decision: false)
    }
}
