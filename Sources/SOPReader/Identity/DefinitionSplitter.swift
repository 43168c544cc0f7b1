import Foundation
import SOPModel

/// "Sekda adalah Sekretaris Daerah" → term "Sekda", meaning "Sekretaris Daerah".
enum DefinitionSplitter {
    private static let separators = [" adalah ", " yaitu ", " ialah ", " merupakan ", " yang dimaksud dengan ", " : ", " = ", ": ", " - "]

    static func split(_ text: String) -> Definition? {
        // ASCII text is searched in its lowercased bytes (the same offsets), where Foundation's
        // case-insensitive search finds the same first match.
        let lower = ASCIIText.isASCII(text) ? ASCIIText.lowercased(Substring(text)) : nil
        for separator in separators {
            let found = if let lower { ASCIIText.caseInsensitiveRange(of: separator, in: text, lowered: lower, from: text.startIndex) }
                else { text.range(of: separator, options: .caseInsensitive) }
            guard let range = found else { continue }
            let term = TextCleaning.trimListPunctuation(TextCleaning.trimSpaces(text[..<range.lowerBound]))
            let meaning = TextCleaning.trimListPunctuation(TextCleaning.trimSpaces(text[range.upperBound...]))
            if !term.isEmpty, !meaning.isEmpty { return Definition(term: term, meaning: meaning) }
        }
        return nil
    }
}
