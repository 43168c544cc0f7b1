/// Greedy word wrapping by estimated width; words wider than the line are broken, and text beyond
/// `maxLines` ends the last line with "…". One pass over the text.
enum TextWrapper {
    static func lines(_ text: String, width: Double, fontSize: Double, bold: Bool = false, maxLines: Int = .max) -> [String] {
        guard maxLines > 0, width > 0 else { return [] }
        var contiguous = text
        return contiguous.withUTF8 { lines(utf8: $0, of: text, width: width, fontSize: fontSize, bold: bold, maxLines: maxLines) }
    }

    /// `lines` over the UTF-8 of `text`: each line is built in a byte buffer from the words' bytes.
    private static func lines(utf8 bytes: UnsafeBufferPointer<UInt8>, of text: String, width: Double, fontSize: Double,
                              bold: Bool, maxLines: Int) -> [String] {
        let spaceWidth = TextMeasure.width(of: " ", fontSize: fontSize, bold: bold)
        var lines: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(min(bytes.count, 256))
        var currentWidth = 0.0
        var truncated = false

        func flush() {
            lines.append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
            currentWidth = 0
        }

        var words = WordSplitter(utf8: bytes, of: text)
        while let range = words.next() {
            if lines.count >= maxLines { truncated = true; break }
            let word = bytes[range]
            let wordWidth = TextMeasure.width(ems: TextMeasure.ems(utf8: word), fontSize: fontSize, bold: bold)
            if !current.isEmpty && currentWidth + spaceWidth + wordWidth <= width {
                current.append(UInt8(ascii: " "))
                current.append(contentsOf: word)
                currentWidth += spaceWidth + wordWidth
                continue
            }
            if !current.isEmpty { flush() }
            if wordWidth <= width {
                current.append(contentsOf: word)
                currentWidth = wordWidth
                continue
            }
            for character in String(decoding: word, as: UTF8.self) {
                let w = TextMeasure.width(of: String(character), fontSize: fontSize, bold: bold)
                if currentWidth + w > width && !current.isEmpty {
                    flush()
                    if lines.count >= maxLines { truncated = true; break }
                }
                current.append(contentsOf: character.utf8)
                currentWidth += w
            }
        }
        if !current.isEmpty {
            if lines.count >= maxLines { truncated = true } else { flush() }
        }
        if truncated, let last = lines.popLast() {
            lines.append(ellipsized(last, width: width, fontSize: fontSize, bold: bold))
        }
        return lines
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
