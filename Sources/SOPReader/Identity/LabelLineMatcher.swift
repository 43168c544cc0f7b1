import Foundation

/// What an identity-page line says when it starts with a label.
enum LabelLine: Equatable {
    /// "Nomor SOP : 700/ /2024": a field and its raw value (markup kept), or "" when the value is empty.
    case field(IdentityField, value: String)
    /// One or more section labels side by side, each with content that followed its colon on the same line.
    case sections([SectionHeading])
}

/// A section label and the text that stood after its colon, if any.
struct SectionHeading: Equatable {
    var kind: SectionKind
    var inlineContent: String?
}

/// Recognises label lines: "LABEL : value", "LABEL<tab>value", "LABEL value" (fields of two or more
/// words), a section label alone, and several section labels side by side (tabs or spaces).
/// Plain lines (printable ASCII and tabs, no markup) are read from their bytes by `PlainLabelLine`;
/// other lines by `Character`, here.
enum LabelLineMatcher {
    static func match(_ line: SourceLine) -> LabelLine? {
        var text = line.text
        let plain = text.withUTF8 { bytes -> LabelLine?? in
            guard PlainLabelLine.isPlain(bytes) else { return nil }
            var reader = PlainLabelLine(bytes)
            return .some(reader.match())
        }
        if let plain { return plain }
        return matchByCharacters(line.text)
    }

    /// `match` of any line, read by `Character` (what `PlainLabelLine` must agree with). Internal, not
    /// private, only so that the tests can compare the two paths.
    static func matchByCharacters(_ text: String) -> LabelLine? {
        let cells = nonEmptyCells(of: text)
        guard let first = cells.first else { return nil }
        let plain = TextCleaning.clean(first)
        // The line's look-ups below mostly spell the same few keys: each is searched once.
        var memo = IdentityLabelCatalog.Memo()
        if let (label, tail) = labelAndTail(of: first, plain: plain, memo: &memo) {
            switch label {
            case .field(let field):
                let rest = ([tail] + cells.dropFirst()).map(stripLeadingColon).filter { !$0.isEmpty }
                return .field(field, value: rest.joined(separator: " "))
            case .section(let kind):
                var headings = [SectionHeading(kind: kind, inlineContent: tail.isEmpty ? nil : tail)]
                for cell in cells.dropFirst() {
                    guard let (other, otherTail) = labelAndTail(of: cell, plain: TextCleaning.clean(cell), memo: &memo),
                          case .section(let k) = other else {
                        // Content in a later cell belongs to the (single) section on this line.
                        guard headings.count == 1 else { return nil }
                        let joined = [headings[0].inlineContent, stripLeadingColon(cell)].compactMap { $0 }
                        headings[0].inlineContent = joined.joined(separator: " ")
                        continue
                    }
                    headings.append(SectionHeading(kind: k, inlineContent: otherTail.isEmpty ? nil : otherTail))
                }
                return .sections(headings)
            }
        }
        if cells.count == 1, let field = fieldPrefix(of: first, memo: &memo) {
            return .field(field.0, value: field.1)
        }
        if cells.count == 1, let kinds = sectionSequence(plain, memo: &memo), kinds.count > 1 {
            return .sections(kinds.map { SectionHeading(kind: $0, inlineContent: nil) })
        }
        return nil
    }

    /// The line's tab-separated cells, trimmed of spaces, the empty ones left out.
    private static func nonEmptyCells(of text: String) -> [String] {
        guard ASCIIText.contains(UInt8(ascii: "\t"), in: text) else {
            let cell = TextCleaning.trimSpaces(text)
            return cell.isEmpty ? [] : [cell]
        }
        return trimmedTabCells(of: text).filter { !$0.isEmpty }
    }

    /// The line's tab-separated cells, each trimmed of spaces (`SourceLine.tabCellTexts` trimmed), cut
    /// at the tabs' byte offsets: a tab is always a `Character` of its own.
    static func trimmedTabCells(of text: String) -> [String] {
        var text = text
        let tabs = text.withUTF8 { bytes in bytes.indices.filter { bytes[$0] == UInt8(ascii: "\t") } }
        let utf8 = text.utf8
        var cells: [String] = []
        cells.reserveCapacity(tabs.count + 1)
        var start = utf8.startIndex
        for offset in tabs + [utf8.count] {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            cells.append(TextCleaning.trimSpaces(Substring(utf8[start..<end])))
            if end < utf8.endIndex { start = utf8.index(after: end) }
        }
        return cells
    }

    /// "Dasar Hukum :" → (label, ""); "Nomor SOP : X" → (label, "X"); a bare label → (label, "").
    /// `plain` is the cell cleaned of markup.
    private static func labelAndTail(of cell: String, plain: String, memo: inout IdentityLabelCatalog.Memo) -> (IdentityLabel, String)? {
        if let colon = ASCIIText.firstIndex(ofCharacter: UInt8(ascii: ":"), in: Substring(plain)) {
            let head = plain[..<colon]
            if let label = IdentityLabelCatalog.label(for: head, memo: &memo) {
                let rawColon = ASCIIText.firstIndex(ofCharacter: UInt8(ascii: ":"), in: Substring(cell))
                let rawTail = rawColon.map { cell[cell.index(after: $0)...] } ?? ""
                return (label, TextCleaning.trimSpaces(rawTail))
            }
        }
        if let label = IdentityLabelCatalog.label(for: plain, memo: &memo) { return (label, "") }
        return nil
    }

    /// "NAMA SOP Prosedur pengumpulan …": a field label of two to four words followed by its value.
    private static func fieldPrefix(of cell: String, memo: inout IdentityLabelCatalog.Memo) -> (IdentityField, String)? {
        // The first five words (a sixth piece holds the unsplit rest), so that a long line is not
        // split into all its words just to look at four.
        let head = ASCIIText.words(in: Substring(cell), maxSplits: 5)
        guard let (count, field) = fieldLabel(head.count, label: { IdentityLabelCatalog.label(forWords: head[$0], memo: &memo) }) else { return nil }
        // The value: the words after the label, one space between them.
        return (field, ASCIIText.wordsJoined(cell[head[count - 1].endIndex...]))
    }

    /// The field the first words spell (four down to two of them, fewer than `pieces`) and how many they are;
    /// `label` looks up the words in a range.
    private static func fieldLabel(_ pieces: Int, label: (Range<Int>) -> IdentityLabel?) -> (count: Int, field: IdentityField)? {
        guard pieces > 2 else { return nil }
        for count in stride(from: min(4, pieces - 1), through: 2, by: -1) {
            if case .field(let field)? = label(0..<count) { return (count, field) }
        }
        return nil
    }

    /// "PERINGATAN PENCATATAN / PENDATAAN" → [warnings, records] when the words are labels and nothing else.
    /// `plain` is the cell cleaned of markup.
    private static func sectionSequence(_ plain: String, memo: inout IdentityLabelCatalog.Memo) -> [SectionKind]? {
        let isSeparator: (UInt8) -> Bool = {
            $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "&")
        }
        // At most eight words: a ninth piece is the unsplit rest, and more than eight words rule the line out.
        var words = ASCIIText.words(in: Substring(plain), maxSplits: 8, separatedBy: isSeparator)
        if words.count > 8 {
            guard ASCIIText.words(in: words[8], maxSplits: 1, separatedBy: isSeparator).isEmpty else { return nil }
            words.removeLast()
        }
        return sectionKinds(words.count) { IdentityLabelCatalog.label(forWords: words[$0], memo: &memo) }
    }

    /// The section kinds `wordCount` words spell when each run of one to four words (longest first) is a
    /// section label; `label` looks up the words in a range.
    private static func sectionKinds(_ wordCount: Int, label: (Range<Int>) -> IdentityLabel?) -> [SectionKind]? {
        var kinds: [SectionKind] = []
        var i = 0
        outer: while i < wordCount {
            for count in stride(from: min(4, wordCount - i), through: 1, by: -1) {
                if case .section(let kind)? = label(i..<(i + count)) {
                    if kinds.last != kind { kinds.append(kind) }
                    i += count
                    continue outer
                }
            }
            return nil
        }
        return kinds.isEmpty ? nil : kinds
    }

    private static func stripLeadingColon(_ s: String) -> String {
        var t = Substring(s)
        while let f = t.first, f == ":" || f.isWhitespace { t = t.dropFirst() }
        return String(t)
    }
}
