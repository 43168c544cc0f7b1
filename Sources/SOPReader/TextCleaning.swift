import Foundation

/// Layout-noise removal shared by every extractor: markup, whitespace, list markers.
public enum TextCleaning {
    /// Removes inline markup a converter left (`<u>`, `<br>`, `**`, `*x*`, `__`) and collapses whitespace.
    public static func clean(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") }) else {
            return collapseWhitespace(text)
        }
        var s = text
        if utf8.contains(UInt8(ascii: "<")) {
            for tag in ["<u>", "</u>", "<b>", "</b>", "<i>", "</i>", "<strong>", "</strong>", "<em>", "</em>"] {
                s = s.replacingOccurrences(of: tag, with: "", options: .caseInsensitive)
            }
            for br in ["<br>", "<br/>", "<br />"] {
                s = s.replacingOccurrences(of: br, with: " ", options: .caseInsensitive)
            }
        }
        s = s.replacingOccurrences(of: "**", with: "")
        s = s.replacingOccurrences(of: "__", with: "")
        s = removeEmphasisStars(s)
        return collapseWhitespace(s)
    }

    /// Collapses runs of whitespace (ASCII whitespace and the non-breaking space) into one space and trims.
    public static func collapseWhitespace(_ text: String) -> String {
        guard needsCollapsing(text) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var changed = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            defer { previous = byte }
            if byte == 0xC2 { continue }  // lead byte of U+00A0 or of another Latin-1 character: decided next
            let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte) || (previous == 0xC2 && byte == 0xA0)
            if isSpace {
                if byte != 0x20 || pendingSpace || bytes.isEmpty { changed = true }
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            if previous == 0xC2 { bytes.append(0xC2) }
            bytes.append(byte)
        }
        if pendingSpace { changed = true }
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }

    /// True unless the text is already collapsed: no leading, trailing or doubled space, no other
    /// whitespace byte, no non-breaking space. Lets the common clean cell through without copying it.
    private static func needsCollapsing(_ text: String) -> Bool {
        var previous: UInt8 = 0x20  // a leading space counts as doubled
        for byte in text.utf8 {
            if byte == 0x20 {
                if previous == 0x20 { return true }
            } else if (0x09...0x0D).contains(byte) || byte == 0xC2 {
                return true
            }
            previous = byte
        }
        return previous == 0x20 && !text.utf8.isEmpty
    }

    /// `trimmingCharacters(in: .whitespaces)` (spaces and tabs), without Foundation's pass over the
    /// whole text when both ends are plain ASCII characters and so nothing is to be trimmed.
    public static func trimSpaces(_ text: String) -> String { trimSpaces(Substring(text)) }

    /// `trimSpaces` for a slice.
    public static func trimSpaces(_ text: Substring) -> String {
        let bytes = text.utf8
        if let first = bytes.first, let last = bytes.last, isPlainASCII(first), isPlainASCII(last) {
            return String(text)
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// An ASCII byte that is neither a space, a tab nor another control character.
    private static func isPlainASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

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
