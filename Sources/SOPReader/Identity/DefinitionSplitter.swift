import Foundation
import SOPModel

/// "Sekda adalah Sekretaris Daerah" → term "Sekda", meaning "Sekretaris Daerah".
enum DefinitionSplitter {
    private static let separators = [" adalah ", " yaitu ", " ialah ", " merupakan ", " yang dimaksud dengan ", " : ", " = ", ": ", " - "]

    static func split(_ text: String) -> Definition? {
        for separator in separators {
            guard let range = text.range(of: separator, options: .caseInsensitive) else { continue }
            let term = TextCleaning.trimListPunctuation(text[..<range.lowerBound].trimmingCharacters(in: .whitespaces))
            let meaning = TextCleaning.trimListPunctuation(text[range.upperBound...].trimmingCharacters(in: .whitespaces))
            if !term.isEmpty, !meaning.isEmpty { return Definition(term: term, meaning: meaning) }
        }
        return nil
    }
}
