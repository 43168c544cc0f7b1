@testable import SOPCheck
import Testing

/// `ActivityNamesActorRule.leadingWords(of:)` splits ASCII activities at their space bytes; it must
/// give the words `split(separator: " ", maxSplits:)` gives, a space joined to a mark after it included.
@Suite struct ActivityLeadingWordsTests {
    @Test func agreesWithCharacterSplit() {
        let samples = ["Kepala Dinas menugaskan staf", "", " ", "   Kepala   Dinas  ", "Kepala", "a b c d e f g h i", "a b c d e f",
                       "a b c d e f ", "a b c d e f \u{301}g", "a b c d e \u{301}f g", "a \u{301}b", "Kepala\u{00A0}Dinas menugaskan",
                       "Café kepala", "Kepala\r\nDinas", "Kepala\tDinas x", "&<>\"' Kepala", "e\u{301} Kepala Dinas",
                       String(repeating: "Kata ", count: 3000)]
        for text in samples {
            let expected = Array(text.split(separator: " ", maxSplits: ActivityNamesActorRule.longestSubject)
                .prefix(ActivityNamesActorRule.longestSubject))
            let words = ActivityNamesActorRule.leadingWords(of: text)
            #expect(words.map(String.init) == expected.map(String.init), "\(text.prefix(30).debugDescription)")
            #expect(words.map(\.startIndex) == expected.map(\.startIndex), "\(text.prefix(30).debugDescription)")
        }
    }
}
