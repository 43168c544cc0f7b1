/// Recognises page markers a converter leaves between the pages of a table:
/// "Halaman 2 dari 3", "Hal. 2", "Page 2 of 3", "~ 2 ~", "- 2 -", "[ 1 ]".
public enum PageMarker {
    /// True when the whole line (tabs, pipes and whitespace aside) is a page marker.
    public static func isPageMarker(_ line: String) -> Bool {
        guard mayOpenMarker(line), !hasLongContent(line), !opensWithOtherASCIIWord(line) else { return false }
        let text = TextCleaning.collapseWhitespace(line.replacingOccurrences(of: "|", with: " ")).lowercased()
        guard !text.isEmpty, text.count <= 40 else { return false }
        let words = text.split(separator: " ").map(String.init)
        if let first = words.first, markerWords.contains(first) {
            let rest = words.dropFirst().filter { !["dari", "of", "/"].contains($0) }
            return !rest.isEmpty && rest.allSatisfy { $0.allSatisfy(\.isNumber) || isFraction($0) }
        }
        let stripped = text.filter { !$0.isWhitespace }
        let frames: [(Character, Character)] = [("~", "~"), ("-", "-"), ("[", "]"), ("(", ")"), ("—", "—"), ("–", "–")]
        for (open, close) in frames where stripped.count >= 3 && stripped.first == open && stripped.last == close {
            let inner = stripped.dropFirst().dropLast()
            if !inner.isEmpty, inner.allSatisfy(\.isNumber) { return true }
        }
        return false
    }

    /// A cheap bound checked before the full reading: more than 80 ASCII bytes that are neither
    /// whitespace nor pipes can never collapse to a marker of at most 40 characters (two ASCII bytes
    /// share a `Character` only as CR LF, which is whitespace). Stops at the 81st.
    private static func hasLongContent(_ line: String) -> Bool {
        var count = 0
        for byte in line.utf8 where byte < 0x80 && byte != UInt8(ascii: "|") && !ASCIIText.isWhitespace(byte) {
            count += 1
            if count > 80 { return true }
        }
        return false
    }

    /// False when the first byte past whitespace and pipes is ASCII and can open no marker: a marker
    /// opens with its word (Halaman, Hal., Page, Hlm.) or its frame (`~`, `-`, `[`, `(`; `—` and `–` are
    /// not ASCII). Most table rows open with a digit or a letter and stop here.
    private static func mayOpenMarker(_ line: String) -> Bool {
        for byte in line.utf8 where byte != UInt8(ascii: "|") && !ASCIIText.isWhitespace(byte) {
            switch byte {
            case 0x80..., UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "p"), UInt8(ascii: "P"),
                 UInt8(ascii: "~"), UInt8(ascii: "-"), UInt8(ascii: "["), UInt8(ascii: "("): return true
            default: return false
            }
        }
        return false
    }

    /// The words a marker may open with ("Halaman 2 dari 3"), lower-cased; and their bytes.
    private static let markerWords = ["halaman", "hal", "hal.", "page", "hlm", "hlm."]
    private static let markerWordBytes: [[UInt8]] = markerWords.map { Array($0.utf8) }

    /// True when the line's first word (whitespace and pipes aside) is ASCII letters and punctuation
    /// ended by whitespace, a pipe or the line's end, and no marker word: then the line opens with
    /// neither a marker word nor a frame. A non-ASCII byte in or right after it leaves it to the full
    /// reading (NBSP, a combining mark, a letter that lower-cases to ASCII).
    private static func opensWithOtherASCIIWord(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes -> Bool in
            var start = 0
            while start < bytes.count, bytes[start] == UInt8(ascii: "|") || ASCIIText.isWhitespace(bytes[start]) { start += 1 }
            guard start < bytes.count, (bytes[start] | 0x20) &- UInt8(ascii: "a") < 26 else { return false }
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "|"), !ASCIIText.isWhitespace(bytes[end]) {
                if bytes[end] >= 0x80 { return false }
                end += 1
            }
            let word = bytes[start..<end]
            return !markerWordBytes.contains { $0.count == word.count && zip($0, word).allSatisfy { $0 == $1 | 0x20 } }
        }
    }

    private static func isFraction(_ word: String) -> Bool {
        let parts = word.split(separator: "/")
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }
}
