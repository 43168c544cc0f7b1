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
        lines.reserveCapacity(bytes: lines.utf8.count + bytes.count + 4)
        let kinds = byteKinds(bytes)
        if kinds & ByteKind.xmlCare != 0 { lines.markNotXMLPlain() }
        var filler = LineFiller(bytes: bytes, lines: lines, width: width, fontSize: fontSize, bold: bold, maxLines: maxLines)
        lines = WrappedLines()  // the filler holds the only reference while it appends
        if kinds & ByteKind.aboveASCII != 0 {
            var words = WordSplitter(utf8: bytes, of: text)
            while let range = words.next(), filler.place(range, ems: TextMeasure.ems(utf8: bytes[range])) {}
        } else {
            TextMeasure.withASCIIWordAdvances { filler.placeASCIIWords(advances: $0) }
        }
        filler.finish()
        lines = filler.lines
    }

    /// The kinds of bytes a text holds, one bit per kind.
    private enum ByteKind {
        static let aboveASCII: UInt8 = 1
        /// A byte `XMLText` escapes or drops.
        static let xmlCare: UInt8 = 2
        /// The kinds of each byte value.
        static let table: [UInt8] = (0...255).map { value in
            let byte = UInt8(value)
            return (byte >= 0x80 ? aboveASCII : 0) | (XMLText.needsCare.contains(byte) ? xmlCare : 0)
        }
    }

    /// The union of the kinds of `bytes`, in one pass.
    private static func byteKinds(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        ByteKind.table.withUnsafeBufferPointer { table in
            var kinds: UInt8 = 0
            for byte in bytes { kinds |= table[Int(byte)] }
            return kinds
        }
    }

    /// The state of one `wrap`: the lines so far, the width of the open line, and the words placed
    /// on the open line but not yet copied into `lines` (a run of the text's words one space apart,
    /// copied at once).
    private struct LineFiller {
        let bytes: UnsafeBufferPointer<UInt8>
        var lines: WrappedLines
        let width: Double
        let fontSize: Double
        let bold: Bool
        let maxLines: Int
        let firstLine: Int
        let spaceWidth: Double
        var currentWidth = 0.0
        var truncated = false
        /// `bytes[pending]` ends the open line, when `hasPending`.
        var pending = 0..<0
        var hasPending = false

        init(bytes: UnsafeBufferPointer<UInt8>, lines: WrappedLines, width: Double, fontSize: Double, bold: Bool, maxLines: Int) {
            self.bytes = bytes
            self.lines = lines
            self.width = width
            self.fontSize = fontSize
            self.bold = bold
            self.maxLines = maxLines
            firstLine = lines.count
            spaceWidth = TextMeasure.width(ems: TextMeasure.asciiAdvance(UInt8(ascii: " ")), fontSize: fontSize, bold: bold)
        }

        var lineCount: Int { lines.count - firstLine }
        var openLineIsEmpty: Bool { !hasPending && lines.openLineIsEmpty }

        mutating func copyPending() {
            if hasPending {
                lines.appendToOpenLine(bytes[pending])
                hasPending = false
            }
        }

        mutating func flush() {
            copyPending()
            lines.endLine()
            currentWidth = 0
        }

        /// Places one word whose advances add up to `ems`; false when the lines are full.
        @inline(__always)
        mutating func place(_ range: Range<Int>, ems: Double) -> Bool {
            if lineCount >= maxLines { truncated = true; return false }
            let wordWidth = TextMeasure.width(ems: ems, fontSize: fontSize, bold: bold)
            if !openLineIsEmpty && currentWidth + spaceWidth + wordWidth <= width {
                if hasPending && range.lowerBound == pending.upperBound + 1 && bytes[pending.upperBound] == UInt8(ascii: " ") {
                    pending = pending.lowerBound..<range.upperBound
                } else {
                    copyPending()
                    lines.appendToOpenLine(UInt8(ascii: " "))
                    pending = range
                    hasPending = true
                }
                currentWidth += spaceWidth + wordWidth
                return true
            }
            if !openLineIsEmpty { flush() }
            if wordWidth <= width {
                pending = range
                hasPending = true
                currentWidth = wordWidth
                return true
            }
            if !TextWrapper.breakWord(bytes[range], into: &lines, currentWidth: &currentWidth, width: width, fontSize: fontSize,
                                      bold: bold, firstLine: firstLine, maxLines: maxLines) {
                truncated = true
            }
            return true
        }

        /// ASCII text: the words are split at whitespace bytes and measured in the same pass
        /// (`advances` as `TextMeasure.withASCIIWordAdvances` lends them: -1 for whitespace). A word
        /// one space after the pending run that fits the line extends the run without `place`: while
        /// a run is pending, fewer than `maxLines` lines are ended.
        mutating func placeASCIIWords(advances: UnsafeBufferPointer<Double>) {
            var index = 0
            while true {
                while index < bytes.count && advances[Int(bytes[index])] < 0 { index += 1 }
                guard index < bytes.count else { return }
                let start = index
                var ems = 0.0
                while index < bytes.count, case let advance = advances[Int(bytes[index])], advance >= 0 {
                    ems += advance
                    index += 1
                }
                // The usual word: one space after the pending run, and it fits (as `place` decides).
                let wordWidth = TextMeasure.width(ems: ems, fontSize: fontSize, bold: bold)
                if hasPending && start == pending.upperBound + 1 && bytes[pending.upperBound] == UInt8(ascii: " ")
                    && currentWidth + spaceWidth + wordWidth <= width {
                    pending = pending.lowerBound..<index
                    currentWidth += spaceWidth + wordWidth
                    continue
                }
                guard place(start..<index, ems: ems) else { return }
            }
        }

        /// Ends the open line, or when the lines ran out ends the last one with "…".
        mutating func finish() {
            if !openLineIsEmpty {
                if lineCount >= maxLines { truncated = true } else { flush() }
            }
            copyPending()
            if truncated, lineCount > 0, let last = lines.removeLast() {
                lines.appendToOpenLine(TextWrapper.ellipsized(last, width: width, fontSize: fontSize, bold: bold))
                lines.endLine()
            }
        }
    }

    /// A word wider than the line, broken between its Characters onto as many lines as it needs.
    /// False when the lines from `firstLine` on reached `maxLines` before the word ended.
    fileprivate static func breakWord(_ word: Slice<UnsafeBufferPointer<UInt8>>, into lines: inout WrappedLines, currentWidth: inout Double,
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
