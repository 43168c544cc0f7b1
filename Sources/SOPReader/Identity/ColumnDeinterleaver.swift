/// Separates two or more identity lists whose columns OCR read line by line into one stream
/// ("2. 2.SOP Pengumpulan data kinerja 2. Map"). Each line is cut at its list markers; each piece goes
/// to the column its content cues, its numbering and its position point to, or continues the column
/// whose wrapped item is still open. List numbers printed at the vertical middle of a wrapped item are
/// given back to that item. The result is one fragment per item, per section, with a normalised marker.
enum ColumnDeinterleaver {
    static func split(_ lines: [Fragment], into kinds: [SectionKind]) -> [SectionKind: [Fragment]] {
        guard kinds.count > 1 else { return kinds.first.map { [$0: lines] } ?? [:] }
        var columns = [[Item]](repeating: [], count: kinds.count)
        var previousColumn: Int?
        for line in lines {
            let pieces = MarkedPiece.cut(line.text)
            for (position, piece) in pieces.enumerated() {
                let cue = SectionCues.Text(piece.text)
                let column = choose(piece, cue: cue, position: position, of: pieces.count, line: line.line,
                                    columns: columns, kinds: kinds, previous: previousColumn)
                place(piece, cue: cue, line: line.line, in: &columns[column], kind: kinds[column])
                previousColumn = column
            }
        }
        var out: [SectionKind: [Fragment]] = [:]
        for (index, kind) in kinds.enumerated() {
            out[kind] = columns[index].map { item in
                Fragment(text: item.number.map { "\($0). " + item.text } ?? item.text, line: item.line)
            }
        }
        return out
    }

    /// An item being assembled in one column.
    private struct Item {
        var number: Int?
        var text: String
        var line: Int
        var lastLine: Int

        var isOpen: Bool { !(text.last.map { ".;:!?".contains($0) } ?? true) }
    }

    private static func expectedNumber(_ items: [Item]) -> Int {
        (items.last(where: { $0.number != nil })?.number ?? 0) + 1
    }

    /// The column whose wrapped item this piece continues, if any: an open item on the line before, and a
    /// piece that is lower-case, or does not start an item, or carries the number the open item lacks.
    private static func continuation(_ piece: MarkedPiece, cue: SectionCues.Text, line: Int, columns: [[Item]], kinds: [SectionKind],
                                     previous: Int?) -> Int? {
        let candidates = columns.indices.filter { c in
            guard let last = columns[c].last, last.isOpen, last.lastLine >= line - 1 else { return false }
            if let n = piece.number {
                return last.number == nil && expectedNumber(columns[c]) == n && !SectionCues.startsItem(cue, in: kinds[c])
            }
            return piece.text.first?.isLowercase == true || !SectionCues.startsItem(cue, in: kinds[c])
        }
        if candidates.count == 1 { return candidates[0] }
        if let previous, candidates.contains(previous) { return previous }
        return nil
    }

    private static func choose(_ piece: MarkedPiece, cue: SectionCues.Text, position: Int, of count: Int, line: Int, columns: [[Item]],
                               kinds: [SectionKind], previous: Int?) -> Int {
        let cues = kinds.map { SectionCues.score(cue, for: $0) }
        let strongest = cues.max() ?? 0
        if strongest < 3, let column = continuation(piece, cue: cue, line: line, columns: columns, kinds: kinds, previous: previous) {
            return column
        }
        var scores = cues
        if let n = piece.number {
            let expecting = columns.indices.filter { expectedNumber(columns[$0]) == n }
            if expecting.count == 1 { scores[expecting[0]] += 2 }
        }
        if count > 1 { scores[min(position, kinds.count - 1)] += 1 }
        let best = scores.max() ?? 0
        let winners = scores.indices.filter { scores[$0] == best }
        if winners.count == 1 { return winners[0] }
        if let previous, winners.contains(previous) { return previous }
        return winners.last ?? 0
    }

    private static func place(_ piece: MarkedPiece, cue: SectionCues.Text, line: Int, in items: inout [Item], kind: SectionKind) {
        if var last = items.last, last.isOpen, last.lastLine >= line - 1 {
            let midNumber = piece.number != nil && last.number == nil && expectedNumber(items) == piece.number
                && !SectionCues.startsItem(cue, in: kind)
            let wrapped = piece.number == nil && (piece.text.first?.isLowercase == true || !SectionCues.startsItem(cue, in: kind))
            if midNumber || wrapped {
                if midNumber { last.number = piece.number }
                last.text += " " + piece.text
                last.lastLine = line
                items[items.count - 1] = last
                return
            }
        }
        items.append(Item(number: piece.number, text: piece.text, line: line, lastLine: line))
    }
}

/// A piece of an OCR line that starts at a list marker ("2.", "2.SOP", "4,") or at the line start.
struct MarkedPiece: Equatable {
    var number: Int?
    var text: String

    /// Cuts a line before every list marker: one or two digits, then `.`, `,` or `)`, then a letter
    /// (spaces allowed between), standing at the line start or after a space. Empty pieces are dropped.
    /// ASCII text without CR is read byte by byte (one byte, one `Character`), other text by `Character`.
    static func cut(_ line: String) -> [MarkedPiece] {
        if ASCIIText.isOneBytePerCharacter(line) {
            let bytes = Array(line.utf8)
            return cut(bytes, units: Units(
                isSpace: { $0 == UInt8(ascii: " ") },
                digit: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") ? Int($0 - UInt8(ascii: "0")) : nil },
                endsMarker: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ")") },
                isLetter: { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") },
                isNumber: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") },
                text: { String(decoding: bytes[$0], as: UTF8.self) }))
        }
        let chars = Array(line)
        return cut(chars, units: Units(
            isSpace: { $0 == " " },
            digit: { $0.isASCII && $0.isNumber ? $0.wholeNumberValue : nil },
            endsMarker: { ".,)".contains($0) },
            isLetter: \.isLetter,
            isNumber: \.isNumber,
            text: { String(chars[$0]) }))
    }

    /// What `cut` asks of a unit of the line (a byte or a `Character`), and the text of a run of units.
    private struct Units<Unit> {
        let isSpace: (Unit) -> Bool
        /// The value of an ASCII digit, nil for anything else.
        let digit: (Unit) -> Int?
        let endsMarker: (Unit) -> Bool
        let isLetter: (Unit) -> Bool
        let isNumber: (Unit) -> Bool
        let text: (Range<Int>) -> String
    }

    private static func cut<Unit>(_ line: [Unit], units: Units<Unit>) -> [MarkedPiece] {
        var pieces: [MarkedPiece] = []
        var number: Int? = nil
        var start = 0
        var i = 0
        while i < line.count {
            if i == 0 || units.isSpace(line[i - 1]), let (next, end) = marker(in: line, at: i, units: units) {
                pieces.append(MarkedPiece(number: number, text: units.text(start..<i)))
                number = next
                start = end
                i = end
                continue
            }
            i += 1
        }
        pieces.append(MarkedPiece(number: number, text: units.text(start..<line.count)))
        return pieces.compactMap { piece in
            let text = TextCleaning.collapseWhitespace(piece.text)
            return text.isEmpty ? nil : MarkedPiece(number: piece.number, text: text)
        }
    }

    private static func marker<Unit>(in line: [Unit], at start: Int, units: Units<Unit>) -> (Int, Int)? {
        var i = start
        var number = 0
        var digits = 0
        while i < line.count, digits < 3, let digit = units.digit(line[i]) {
            number = number * 10 + digit
            digits += 1
            i += 1
        }
        guard (1...2).contains(digits), i < line.count, units.endsMarker(line[i]) else { return nil }
        i += 1
        while i < line.count, units.isSpace(line[i]) { i += 1 }
        // A following digit ("2.5") is a decimal, not a marker; end of line leaves an empty piece.
        guard i >= line.count || units.isLetter(line[i]) || (units.isNumber(line[i]) && units.isSpace(line[i - 1])) else {
            return nil
        }
        return (number, i)
    }
}
