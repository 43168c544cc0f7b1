/// `ListItemParser`'s reading of a plain fragment: printable ASCII without a markup byte (`<`, `*`, `_`)
/// that is no pipe-table row. There a byte is a `Character`, and cleaning the fragment only trims it
/// and collapses its runs of spaces; so the marker, the items run together and their texts are byte
/// ranges of the cleaned text, and each item's text is made once.
enum PlainListText {
    private static let space = UInt8(ascii: " ")

    /// Appends the items of a plain fragment's text, as `ListItemParser` reads a piece; false, with
    /// nothing appended, for other text.
    static func appendItems(of bytes: UnsafeBufferPointer<UInt8>, line: Int, to items: inout [ListItem]) -> Bool {
        guard PlainBytes.arePlain(bytes, allowingTabs: false) else { return false }
        let spanned = trimmingSpaces(bytes, 0..<bytes.count)
        let lower = spanned.lowerBound, upper = spanned.upperBound
        // A pipe-table row starts with "|", "-|" or "- |".
        func byte(_ index: Int) -> UInt8 { index < upper ? bytes[index] : 0 }
        let pipe = UInt8(ascii: "|"), dash = UInt8(ascii: "-")
        if byte(lower) == pipe || (byte(lower) == dash && (byte(lower + 1) == pipe || (byte(lower + 1) == space && byte(lower + 2) == pipe))) {
            return false
        }
        let trimmed = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
        guard PlainBytes.hasDoubledSpace(trimmed) else {
            appendItems(ofCleaned: trimmed, line: line, to: &items)
            return true
        }
        PlainBytes.spacesCollapsed(trimmed).withUnsafeBufferPointer { appendItems(ofCleaned: $0, line: line, to: &items) }
        return true
    }

    /// The items of a cleaned text: new items after a marker (several when they run together), else a
    /// continuation of the last item, else an unnumbered item.
    private static func appendItems(ofCleaned text: UnsafeBufferPointer<UInt8>, line: Int, to items: inout [ListItem]) {
        guard !text.isEmpty else { return }
        let (marker, restStart) = ListMarker.cut(text)
        guard let marker else {
            let rest = string(text, restStart..<text.count)
            if let last = items.last, ListItemParser.startsAsContinuation(rest, after: last.text) {
                WrappedText.append(rest, to: &items[items.count - 1].text)
            } else {
                items.append(ListItem(text: rest, line: line, number: nil))
            }
            return
        }
        // "A; 2. B 3. C" after marker 1 → "A;", "B", "C": only the next expected marker splits.
        var remaining = restStart..<text.count
        var offset = 0
        func append(_ part: Range<Int>) {
            let part = trimmingSpaces(text, part)
            if !part.isEmpty {
                items.append(ListItem(text: string(text, part), line: line, number: marker.ordinal.map { $0 + offset }))
            }
            offset += 1
        }
        // Every printed marker ends in ".", so a marker followed by a space needs the bytes ". ".
        if hasDotSpace(text, remaining) {
            var next = marker.successor
            while let expected = next, let hit = find(expected, in: text, remaining) {
                append(remaining.lowerBound..<hit.lowerBound)
                remaining = hit.upperBound..<remaining.upperBound
                next = expected.successor
            }
        }
        append(remaining)
    }

    /// Where " 2. " (the marker as printed between spaces) first stands in `range` before a letter, a
    /// digit or "(".
    private static func find(_ marker: ListMarker, in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var printed = InlineArray<24, UInt8>(repeating: 0)
        var count = 0
        switch marker.style {
        case .bullet:
            printed[0] = UInt8(ascii: "-")
            count = 1
        case .letter(let letter):
            guard let byte = letter.asciiValue else { return nil }
            printed[0] = byte
            printed[1] = UInt8(ascii: ".")
            count = 2
        case .number(let number):
            var digits = InlineArray<20, UInt8>(repeating: 0)
            var digitCount = 0
            var rest = number.magnitude
            repeat {
                digits[digitCount] = UInt8(ascii: "0") + UInt8(rest % 10)
                digitCount += 1
                rest /= 10
            } while rest > 0
            if number < 0 {
                printed[0] = UInt8(ascii: "-")
                count = 1
            }
            for index in stride(from: digitCount - 1, through: 0, by: -1) {
                printed[count] = digits[index]
                count += 1
            }
            printed[count] = UInt8(ascii: ".")
            count += 1
        }
        let needle = count + 2
        var start = range.lowerBound
        while start + needle <= range.upperBound {
            defer { start += 1 }
            guard text[start] == space, text[start + needle - 1] == space else { continue }
            var matches = true
            for index in 0..<count where text[start + 1 + index] != printed[index] {
                matches = false
                break
            }
            guard matches else { continue }
            let after = start + needle
            if after < range.upperBound, isLetterDigitOrParenthesis(text[after]) { return start..<after }
        }
        return nil
    }

    private static func isLetterDigitOrParenthesis(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "(")
    }

    private static func hasDotSpace(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index + 1 < range.upperBound {
            if text[index] == UInt8(ascii: "."), text[index + 1] == space { return true }
            index += 1
        }
        return false
    }

    private static func trimmingSpaces(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, text[lower] == space { lower += 1 }
        while lower < upper, text[upper - 1] == space { upper -= 1 }
        return lower..<upper
    }

    private static func string(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
    }
}
