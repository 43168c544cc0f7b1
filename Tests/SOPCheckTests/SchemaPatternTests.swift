import Foundation
@testable import SOPCheck
import Testing

/// SchemaPattern's own matcher must find a match exactly where NSRegularExpression does.
@Suite struct SchemaPatternTests {
    private let patterns = [
        "^[0-9a-f]{64}$", "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "^[0-9]+$", "^[a-z0-9]+(-[a-z0-9]+)*$",
        "ab", "a|b|", "(a*)*b?", "ab{0}c", "(ab){2}|c{0,2}d", "^a(b|)c?$", "^(ab|a)*$", "^(a|ab)(c|bcd)(d*)$", "x{2,}", "x{1,3}y?$", "^$", "colou?r", "[A-Z_ ]+ [0-9]",
        "[ab]*a[ab]{7}", "^[ab]*a[ab]{7}$",   // more sets of positions than the transition table holds
        // outside the subset: NSRegularExpression on both sides
        "^\\d+$", "a.c", "[^a]", "(?i)abc", "a*?b", "\\$",
    ]
    private let texts = [
        "", "a", "b", "ab", "abc", "aaab", "abcd", "abbcdd", "xx", "xxxy", "xy", "x", "color", "colour", "AB_ 9",
        String(repeating: "a", count: 64), String(repeating: "f", count: 64), String(repeating: "0", count: 63) + "g",
        "2024-09-27", "2024-13-01", "2024-02-30", "2024-9-27", "x2024-09-27", "2024-09-27\n", "2024-09-27\r\n", "2024-09-27\r",
        "2024-09-27\n\n", "2024-09-27\u{85}", "2024-09-27\u{2028}", "2024-09-27\u{2029}", "2024-09-27\u{0B}", "2024-09-27\u{0C}",
        "2024-09-27 ", "١٢٣٤-09-27", "kepala-dinas", "kepala--dinas", "-kepala", "kepala-", "Kepala", "kab-2", "k\u{301}",
        "123", "12a", "aabababbb", "bbbbbbbbabbbbbbb", "abababababababab", "\u{1F600}", "a\u{0}b", String(repeating: "a", count: 3000) + "!", String(repeating: "ab-", count: 500) + "!",
    ]

    @Test func agreesWithNSRegularExpression() throws {
        for source in patterns {
            let pattern = try SchemaPattern(source)
            let regex = try NSRegularExpression(pattern: source)
            for text in texts {
                let expected = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                #expect(pattern.matches(text) == expected, "\(source) on \(text.prefix(40).debugDescription)")
            }
        }
    }

    /// The byte matcher, where it runs, agrees with the String one.
    @Test func bytesMatchAsTheirText() throws {
        for source in patterns {
            let pattern = try SchemaPattern(source)
            guard pattern.matchesBytes else { continue }
            for text in texts {
                var text = text
                #expect(text.withUTF8 { pattern.matches(bytes: $0) } == pattern.matches(text), "\(source) on \(text.prefix(40).debugDescription)")
            }
        }
    }

    /// Hostile patterns are left to NSRegularExpression instead of exhausting the stack (deep groups) or
    /// the clock (repeats of parts without positions, whose copies the 64-position limit never stops).
    @Test func hostilePatternsCompileQuicklyOrAreRefused() throws {
        let deep = String(repeating: "(", count: 50_000) + "a" + String(repeating: ")", count: 50_000)
        _ = try? SchemaPattern(deep)
        let nested = "(((a{0}){999}){999}){999}b"
        let clock = ContinuousClock()
        let start = clock.now
        let pattern = try SchemaPattern(nested)
        #expect(clock.now - start < .seconds(2))
        for text in ["b", "ab", "", "a"] {
            let regex = try NSRegularExpression(pattern: nested)
            let expected = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            #expect(pattern.matches(text) == expected, "\(text)")
        }
    }

    @Test func patternsThatDoNotCompileAreRefused() {
        for source in ["(", "[a-", "a{2,1}", "*a", "a**", ""] {
            #expect((try? SchemaPattern(source)) == nil || (try? NSRegularExpression(pattern: source)) != nil, "\(source)")
        }
    }
}
