/// Greedy word wrapping by estimated width; words wider than the line are broken, and text beyond
/// `maxLines` ends the last line with "…". One pass over the text.
enum TextWrapper {
    static func lines(_ text: String, width: Double, fontSize: Double, bold: Bool = false, maxLines: Int = .max) -> [String] {
        guard maxLines > 0, width > 0 else { return [] }
        let spaceWidth = TextMeasure.width(of: " ", fontSize: fontSize, bold: bold)
        var lines: [String] = []
        var current = ""
        var currentWidth = 0.0
        var truncated = false

        func flush() {
            lines.append(current)
            current = ""
            currentWidth = 0
        }

        for word in WordSplitter.words(text) {
            if lines.count >= maxLines { truncated = true; break }
            let wordWidth = TextMeasure.width(of: word, fontSize: fontSize, bold: bold)
            if !current.isEmpty && currentWidth + spaceWidth + wordWidth <= width {
                current += " "
                current += word
                currentWidth += spaceWidth + wordWidth
                continue
            }
            if !current.isEmpty { flush() }
            if wordWidth <= width {
                current = String(word)
                currentWidth = wordWidth
                continue
            }
            for character in word {
                let w = TextMeasure.width(of: String(character), fontSize: fontSize, bold: bold)
                if currentWidth + w > width && !current.isEmpty {
                    flush()
                    if lines.count >= maxLines { truncated = true; break }
                }
                current.append(character)
                currentWidth += w
            }
        }
        if !current.isEmpty {
            if lines.count >= maxLines { truncated = true } else { lines.append(current) }
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
