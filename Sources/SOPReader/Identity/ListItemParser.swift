import Foundation

/// A piece of section text with the line it came from.
struct Fragment: Equatable {
    var text: String
    var line: Int
}

/// One list item of a section, markers removed.
struct ListItem: Equatable {
    var text: String
    var line: Int
    /// The printed item number ("3." → 3, "c." → 3), nil when unnumbered.
    var number: Int?
}

/// Turns section fragments into list items: strips markers (`1.`, `- 1`, `- 4.`, `a.`, `-`, `•`),
/// splits items run together on one line ("1. A 2. B"), reads pipe-table rows cell by cell, joins
/// lower-case continuation lines, and orders items by their printed numbers.
enum ListItemParser {
    static func items(from fragments: [Fragment]) -> [ListItem] {
        var items: [ListItem] = []
        for fragment in fragments {
            var text = fragment.text
            let read = text.withUTF8 { bytes in PlainListText.appendItems(of: bytes, line: fragment.line, to: &items) }
            if !read { appendItemsByCharacters(of: fragment, to: &items) }
        }
        var ordered = inPrintedOrder(items)
        for index in ordered.indices { ordered[index].text = TextCleaning.trimListPunctuation(ordered[index].text) }
        ordered.removeAll { $0.text.isEmpty }
        return ordered
    }

    /// The items of a fragment, read by `Character` (what `PlainListText` must agree with). Internal, not
    /// private, only so that the tests can compare the two paths.
    static func appendItemsByCharacters(of fragment: Fragment, to items: inout [ListItem]) {
        for piece in pieces(of: fragment) {
            appendItems(of: TextCleaning.clean(piece), line: fragment.line, to: &items)
        }
    }

    /// The items of one cleaned piece: new items after a marker (several when they run together), else a
    /// continuation of the last item, else an unnumbered item.
    private static func appendItems(of cleaned: String, line: Int, to items: inout [ListItem]) {
        guard !cleaned.isEmpty else { return }
        let (marker, rest) = ListMarker.split(cleaned)
        if let marker {
            for (offset, text) in splitRunTogether(rest, after: marker).enumerated() where !text.isEmpty {
                let number = marker.ordinal.map { $0 + offset }
                items.append(ListItem(text: text, line: line, number: number))
            }
        } else if let last = items.last, startsAsContinuation(rest, after: last.text) {
            // Item texts are collapsed (cut from cleaned text), so the join only looks at the seam.
            WrappedText.append(rest, to: &items[items.count - 1].text)
        } else {
            items.append(ListItem(text: rest, line: line, number: nil))
        }
    }

    /// A pipe-table row contributes each cell separately; separator rows contribute nothing.
    private static func pieces(of fragment: Fragment) -> [String] {
        var text = Substring(TextCleaning.trimSpaces(fragment.text))
        // Every prefix looked for starts with the byte `-` or `|`.
        // A row starts with the bytes "|", "-|" or "- |" (as characters it may not: then the checks below say no).
        var bytes = text.utf8.makeIterator()
        let (first, second, third) = (bytes.next(), bytes.next(), bytes.next())
        let dash = UInt8(ascii: "-"), pipe = UInt8(ascii: "|")
        guard first == pipe || (first == dash && (second == pipe || (second == UInt8(ascii: " ") && third == pipe))) else {
            return [String(text)]
        }
        if text.hasPrefix("- |") || text.hasPrefix("-|") { text = text.drop(while: { $0 != "|" }) }
        guard text.hasPrefix("|") else { return [String(text)] }
        let cells = ASCIIText.words(in: text, maxSplits: Int.max, separatedBy: { $0 == UInt8(ascii: "|") })
            .map(TextCleaning.trimSpaces)
        if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { return [] }
        return cells
    }

    /// "A; 2. B 3. C" after marker 1 → ["A;", "B", "C"]: only the next expected marker splits.
    static func splitRunTogether(_ text: String, after marker: ListMarker) -> [String] {
        var parts: [String] = []
        var remaining = Substring(text)
        var next = marker.successor
        // Every printed marker ends in ".", so a marker followed by a space needs the bytes ". ".
        guard ASCIIText.firstIndex(of: ". ", in: Substring(text), from: text.startIndex) != nil else {
            return [TextCleaning.trimSpaces(text)]
        }
        let isPlain = ASCIIText.isOneBytePerCharacter(text)
        while let expected = next, let range = findMarker(expected.printed, in: remaining, isPlain: isPlain) {
            parts.append(TextCleaning.trimSpaces(remaining[..<range.lowerBound]))
            remaining = remaining[range.upperBound...]
            next = expected.successor
        }
        parts.append(TextCleaning.trimSpaces(remaining))
        return parts
    }

    /// Finds " 2. " (preceded by a space, followed by a space and a letter or digit). In `isPlain` text
    /// (ASCII without CR) the byte match is the match; in other text Foundation confirms it.
    private static func findMarker(_ printed: String, in text: Substring, isPlain: Bool) -> Range<Substring.Index>? {
        let needle = " " + printed + " "
        var searchStart = text.startIndex
        while let candidate = ASCIIText.firstIndex(of: needle, in: text, from: searchStart),
              let hit = isPlain ? candidate..<text.utf8.index(candidate, offsetBy: needle.utf8.count)
                  : text.range(of: needle, range: candidate..<text.endIndex) {
            let after = hit.upperBound
            if after < text.endIndex, text[after].isLetter || text[after].isNumber || text[after] == "(" {
                return hit
            }
            searchStart = text.index(after: hit.lowerBound)
        }
        return nil
    }

    static func startsAsContinuation(_ text: String, after previous: String) -> Bool {
        guard let first = text.first else { return false }
        return first.isLowercase || previous.hasSuffix("-")
    }

    /// Numbered items in number order; unnumbered items take the lowest free numbers in reading order.
    /// When printed numbers repeat, they do not describe an order, and reading order is kept.
    private static func inPrintedOrder(_ items: [ListItem]) -> [ListItem] {
        // Every item numbered, in rising order: already in printed order (told without building arrays).
        var previous: Int? = nil
        var inOrder = true
        for item in items {
            guard let n = item.number, previous.map({ $0 < n }) ?? true else {
                inOrder = false
                break
            }
            previous = n
        }
        if inOrder { return items }
        let numbers = items.compactMap(\.number)
        guard !numbers.isEmpty, Set(numbers).count == numbers.count else { return items }
        var used = Set(numbers)
        var free = 1
        let keyed = items.enumerated().map { index, item -> (Int, Int, ListItem) in
            if let n = item.number { return (n, index, item) }
            while used.contains(free) { free += 1 }
            used.insert(free)
            return (free, index, item)
        }
        return keyed.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }
}

/// A list marker at the start of an item: a bullet, a number or a lower-case letter.
struct ListMarker: Equatable {
    enum Style: Equatable { case bullet, number(Int), letter(Character) }
    var style: Style

    /// 1-based position the marker prints (c → 3), nil for a bullet.
    var ordinal: Int? {
        switch style {
        case .bullet: nil
        case .number(let n): n
        case .letter(let c): c.asciiValue.map { Int($0) - 96 }
        }
    }

    var successor: ListMarker? {
        switch style {
        case .bullet: nil
        case .number(let n): ListMarker(style: .number(n + 1))
        case .letter(let c):
            c.asciiValue.flatMap { $0 < 122 ? ListMarker(style: .letter(Character(UnicodeScalar($0 + 1)))) : nil }
        }
    }

    /// How the marker is printed when items run together: "2.", "b.".
    var printed: String {
        switch style {
        case .bullet: "-"
        case .number(let n): "\(n)."
        case .letter(let c): "\(c)."
        }
    }

    private static let bullets: Set<Character> = ["-", "–", "•", "▪", "●", "◦", "·", "*", "\u{F0B7}", "\u{F0A7}", "➢", "►", "o"]

    /// Splits "- 4. Peraturan …" into (number 4, "Peraturan …"); text without a marker → (nil, text).
    static func split(_ text: String) -> (ListMarker?, String) {
        if let ascii = splitASCII(text) { return ascii }
        var rest = Substring(text)
        var marker: ListMarker? = nil
        // Every bullet is `-`, `*`, `o` or non-ASCII: any other first byte rules one out without hashing.
        if let lead = rest.utf8.first, lead >= 0x80 || lead == UInt8(ascii: "-") || lead == UInt8(ascii: "*") || lead == UInt8(ascii: "o"),
           let first = rest.first, bullets.contains(first), rest.dropFirst().first == " " {
            marker = ListMarker(style: .bullet)
            rest = rest.dropFirst().drop(while: { $0 == " " })
        }
        if let (ordinal, after) = numberOrLetter(rest) {
            marker = ordinal
            rest = after
        }
        return (marker, String(rest))
    }

    /// `split` read from the bytes, for text that is ASCII without CR (one byte, one `Character`); nil for other text.
    private static func splitASCII(_ text: String) -> (ListMarker?, String)? {
        var text = text
        let cut = text.withUTF8 { bytes -> (marker: ListMarker?, restStart: Int)? in
            ASCIIText.isOneBytePerCharacter(bytes) ? self.cut(bytes) : nil
        }
        guard let cut else { return nil }
        if cut.restStart == 0 { return (cut.marker, text) }
        return (cut.marker, String(Substring(text.utf8.dropFirst(cut.restStart))))
    }

    /// `split` of text that is ASCII without CR (one byte, one `Character`), read from its bytes: the
    /// marker and the offset where the rest starts.
    static func cut(_ bytes: UnsafeBufferPointer<UInt8>) -> (marker: ListMarker?, restStart: Int) {
        func spaces(from start: Int) -> Int {
            var index = start
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
            return index
        }
        func byte(_ index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }
        var marker: ListMarker? = nil
        var start = 0
        // The ASCII bullets: "-", "*", "o".
        let lead = byte(0)
        if lead == UInt8(ascii: "-") || lead == UInt8(ascii: "*") || lead == UInt8(ascii: "o"), byte(1) == UInt8(ascii: " ") {
            marker = ListMarker(style: .bullet)
            start = spaces(from: 1)
        }
        var digitsEnd = start
        while digitsEnd < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[digitsEnd]) { digitsEnd += 1 }
        let digitCount = digitsEnd - start
        if digitCount > 0 {
            guard digitCount <= 2 else { return (marker, start) }
            let number = bytes[start..<digitsEnd].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            let after = byte(digitsEnd)
            if after == UInt8(ascii: ".") || after == UInt8(ascii: ")"), byte(digitsEnd + 1) == UInt8(ascii: " ") {
                return (ListMarker(style: .number(number)), spaces(from: digitsEnd + 2))
            }
            let next = spaces(from: digitsEnd)
            if after == UInt8(ascii: " "), byte(next) >= UInt8(ascii: "A"), byte(next) <= UInt8(ascii: "Z") {
                return (ListMarker(style: .number(number)), next)
            }
            return (marker, start)
        }
        let letter = byte(start)
        if letter >= UInt8(ascii: "a"), letter <= UInt8(ascii: "z"), byte(start + 1) == UInt8(ascii: "."),
           byte(start + 2) == UInt8(ascii: " ") {
            return (ListMarker(style: .letter(Character(Unicode.Scalar(letter)))), spaces(from: start + 3))
        }
        return (marker, start)
    }

    /// "12. X", "3) X", "4 X" (digit and space, only before a capital), "c. X".
    private static func numberOrLetter(_ text: Substring) -> (ListMarker, Substring)? {
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, digits.count <= 2, let n = Int(digits) {
            let after = text[digits.endIndex...]
            if let p = after.first, p == "." || p == ")", after.dropFirst().first == " " {
                return (ListMarker(style: .number(n)), after.dropFirst(2).drop(while: { $0 == " " }))
            }
            if after.first == " ", let next = after.drop(while: { $0 == " " }).first, next.isUppercase {
                return (ListMarker(style: .number(n)), after.drop(while: { $0 == " " }))
            }
            return nil
        }
        if let c = text.first, c.isASCII, c.isLowercase, text.dropFirst().first == ".",
           text.dropFirst(2).first == " " {
            return (ListMarker(style: .letter(c)), text.dropFirst(3).drop(while: { $0 == " " }))
        }
        return nil
    }
}
