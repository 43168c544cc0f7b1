import Foundation
import SOPModel

/// "Sekda adalah Sekretaris Daerah" → term "Sekda", meaning "Sekretaris Daerah".
enum DefinitionSplitter {
    private static let separators = [" adalah ", " yaitu ", " ialah ", " merupakan ", " yang dimaksud dengan ", " : ", " = ", ": ", " - "]

    static func split(_ text: String) -> Definition? {
        // ASCII text is searched in its lowercased bytes (the same offsets), where Foundation's
        // case-insensitive search finds the same first match.
        let lower = ASCIIText.isASCII(text) ? Substring(ASCIIText.lowercased(Substring(text))) : nil
        for separator in separators {
            let found = if let lower { firstRange(of: separator, inLowercased: lower, of: text) }
                else { text.range(of: separator, options: .caseInsensitive) }
            guard let range = found else { continue }
            let term = TextCleaning.trimListPunctuation(TextCleaning.trimSpaces(text[..<range.lowerBound]))
            let meaning = TextCleaning.trimListPunctuation(TextCleaning.trimSpaces(text[range.upperBound...]))
            if !term.isEmpty, !meaning.isEmpty { return Definition(term: term, meaning: meaning) }
        }
        return nil
    }

    /// Where the lower-case ASCII `separator` first stands in `lower`, as a range of `text` (same bytes, lowercased).
    private static func firstRange(of separator: String, inLowercased lower: Substring, of text: String) -> Range<String.Index>? {
        guard let hit = ASCIIText.firstIndex(of: separator, in: lower, from: lower.startIndex) else { return nil }
        let offset = lower.utf8.distance(from: lower.startIndex, to: hit)
        let start = text.utf8.index(text.startIndex, offsetBy: offset)
        return start..<text.utf8.index(start, offsetBy: separator.utf8.count)
    }
}
