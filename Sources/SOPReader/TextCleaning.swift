import Foundation

/// Layout-noise removal shared by every extractor: markup, whitespace, list markers.
public enum TextCleaning {
    /// Removes inline markup a converter left (`<u>`, `<br>`, `**`, `*x*`, `__`) and collapses whitespace.
    public static func clean(_ text: String) -> String {
        var s = text
        for tag in ["<u>", "</u>", "<b>", "</b>", "<i>", "</i>", "<strong>", "</strong>", "<em>", "</em>"] {
            s = s.replacingOccurrences(of: tag, with: "", options: .caseInsensitive)
        }
        for br in ["<br>", "<br/>", "<br />"] {
            s = s.replacingOccurrences(of: br, with: " ", options: .caseInsensitive)
        }
        s = s.replacingOccurrences(of: "**", with: "")
        s = s.replacingOccurrences(of: "__", with: "")
        s = removeEmphasisStars(s)
        return collapseWhitespace(s)
    }

    /// Collapses runs of whitespace (tabs, non-breaking spaces included) into one space and trims.
    public static func collapseWhitespace(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for ch in text {
            if ch.isWhitespace || ch == "\u{00A0}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            }
        }
        return out
    }

    /// Trims trailing list punctuation that is not part of the text: `;`, `,`, a detached ` .`.
    public static func trimListPunctuation(_ text: String) -> String {
        var s = Substring(text)
        while let last = s.last {
            if last == ";" || last == "," || last.isWhitespace {
                s = s.dropLast()
            } else if last == ".", s.dropLast().last?.isWhitespace == true {
                s = s.dropLast()
            } else {
                break
            }
        }
        return String(s)
    }

    /// `*filling cabinet*` → `filling cabinet`; a lone `*` is kept.
    private static func removeEmphasisStars(_ text: String) -> String {
        guard text.contains("*") else { return text }
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            if chars[i] == "*", i + 1 < chars.count, !chars[i + 1].isWhitespace,
               let close = chars[(i + 1)...].firstIndex(of: "*"), close > i + 1, !chars[close - 1].isWhitespace {
                out.append(contentsOf: chars[(i + 1)..<close])
                i = close + 1
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }
}
