/// Greedy word wrapping by estimated width; words wider than the line are broken, and text beyond
/// `maxLines` ends the last line with "…". One pass over the text's bytes, the lines written into
/// one buffer (`WrappedLines`).
enum TextWrapper {
    /// The wrapped lines of `text` as Strings.
    static func lines(_ text: String, width: Double, fontSize: Double, bold: Bool = false, maxLines: Int = .max) -> [String] {
        wrapped(text, width: width, fontSize: fontSize, bold: bold, maxLines: maxLines).strings
    }

    /// The wrapped lines of `text`.
    static func wrapped(_ text: String, width: Double, fontSize: Double, bold: Bool = false, maxLines: Int = .max) -> WrappedLines {
        var lines = WrappedLines()
        wrap(text, into: &lines, width: width, fontSize: fontSize, bold: bold, maxLines: maxLines)
        return lines
    }

    /// Appends the wrapped lines of `text` to `lines` (at most `maxLines` of them).
    static func wrap(_ text: String, into lines: inout WrappedLines, width: Double, fontSize: Double, bold: Bool = false,
                     maxLines: Int = .max) {
        guard maxLines > 0, width > 0 else { return }
        var contiguous = text
        contiguous.withUTF8 { wrap(utf8: $0, of: text, into: &lines, width: width, fontSize: fontSize, bold: bold, maxLines: maxLines) }
    }

    /// `wrap` over the UTF-8 of `text`: each line is built from the words' bytes.
    private static func wrap(utf8 bytes: UnsafeBufferPointer<UInt8>, of text: String, into lines: inout WrappedLines,
                             width: Double, fontSize: Double, bold: Bool, maxLines: Int) {
        let spaceWidth = TextMeasure.width(ems: TextMeasure.asciiAdvance(UInt8(ascii: " ")), fontSize: fontSize, bold: bold)
        let firstLine = lines.count
        lines.reserveCapacity(bytes: lines.utf8.count + bytes.count + 4)
        var currentWidth = 0.0
        var truncated = false
        var lineCount: Int { lines.count - firstLine }

        func flush() {
            lines.endLine()
            currentWidth = 0
        }

        /// Places one word whose advances add up to `ems`; false when the lines are full.
        func place(_ range: Range<Int>, ems: Double) -> Bool {
            if lineCount >= maxLines { truncated = true; return false }
            let word = bytes[range]
            let wordWidth = TextMeasure.width(ems: ems, fontSize: fontSize, bold: bold)
            if !lines.openLineIsEmpty && currentWidth + spaceWidth + wordWidth <= width {
                lines.appendToOpenLine(UInt8(ascii: " "))
                lines.appendToOpenLine(word)
                currentWidth += spaceWidth + wordWidth
                return true
            }
            if !lines.openLineIsEmpty { flush() }
            if wordWidth <= width {
                lines.appendToOpenLine(word)
                currentWidth = wordWidth
                return true
            }
            if !breakWord(word, into: &lines, currentWidth: &currentWidth, width: width, fontSize: fontSize, bold: bold,
                          firstLine: firstLine, maxLines: maxLines) {
                truncated = true
            }
            return true
        }

        if bytes.contains(where: { $0 >= 0x80 }) {
            var words = WordSplitter(utf8: bytes, of: text)
            while let range = words.next(), place(range, ems: TextMeasure.ems(utf8: bytes[range])) {}
        } else {
            // ASCII: the words are split at whitespace bytes and measured in the same pass.
            TextMeasure.withASCIIAdvances { advances in
                var index = 0
                while true {
                    while index < bytes.count && WordSplitter.isASCIIWhitespace(bytes[index]) { index += 1 }
                    guard index < bytes.count else { return }
                    let start = index
                    var ems = 0.0
                    while index < bytes.count, case let byte = bytes[index], !WordSplitter.isASCIIWhitespace(byte) {
                        ems += advances[Int(byte)]
                        index += 1
                    }
                    guard place(start..<index, ems: ems) else { return }
                }
            }
        }
        if !lines.openLineIsEmpty {
            if lineCount >= maxLines { truncated = true } else { flush() }
        }
        if truncated, lineCount > 0, let last = lines.removeLast() {
            lines.appendToOpenLine(ellipsized(last, width: width, fontSize: fontSize, bold: bold))
            lines.endLine()
        }
    }

    /// A word wider than the line, broken between its Characters onto as many lines as it needs.
    /// False when the lines from `firstLine` on reached `maxLines` before the word ended.
    private static func breakWord(_ word: Slice<UnsafeBufferPointer<UInt8>>, into lines: inout WrappedLines, currentWidth: inout Double,
                                  width: Double, fontSize: Double, bold: Bool, firstLine: Int, maxLines: Int) -> Bool {
        func place(_ w: Double) -> Bool {
            if currentWidth + w > width && !lines.openLineIsEmpty {
                lines.endLine()
                currentWidth = 0
                if lines.count - firstLine >= maxLines { return false }
            }
            currentWidth += w
            return true
        }
        if !word.contains(where: { $0 >= 0x80 }) {
            // ASCII: every byte is a Character (a word holds no CR LF).
            for byte in word {
                guard place(TextMeasure.width(ems: TextMeasure.asciiAdvance(byte), fontSize: fontSize, bold: bold)) else { return false }
                lines.appendToOpenLine(byte)
            }
            return true
        }
        for character in String(decoding: word, as: UTF8.self) {
            guard place(TextMeasure.width(of: String(character), fontSize: fontSize, bold: bold)) else { return false }
            lines.appendToOpenLine(String(character))
        }
        return true
    }

    /// `text` shortened from the end until "…" fits after it.
    static func ellipsized(_ text: String, width: Double, fontSize: Double, bold: Bool) -> String {
        var kept = text
        let mark = "…"
        while !kept.isEmpty && TextMeasure.width(of: kept + mark, fontSize: fontSize, bold: bold) > width {
            kept.removeLast()
        }
        return kept.trimmingTrailingSpaces() + mark
    }

    /// One line: the text itself when it fits, else shortened with "…".
    static func singleLine(_ text: String, width: Double, fontSize: Double, bold: Bool = false) -> String {
        lines(text, width: width, fontSize: fontSize, bold: bold, maxLines: 1).first ?? ""
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
