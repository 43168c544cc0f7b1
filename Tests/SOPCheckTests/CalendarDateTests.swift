@testable import SOPCheck
import Testing

/// `CalendarDate(iso:)` reads ten ASCII bytes directly; it must agree with reading the text by Character.
@Suite struct CalendarDateTests {
    /// The Character reading (the rule's reading before the byte path).
    private func characterDate(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    @Test func agreesWithCharacters() {
        let texts = ["2024-09-27", "2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10", "2024-01-00", "0000-01-01", "2024-9-27",
                     "2024-09-2", "+024-09-27", "2024-+9-27", "2024--9-27", "2024-09-27 ", " 2024-09-27", "2024/09/27", "", "-",
                     "２０２４-09-27", "2024-09-2\u{301}7", "2024-0\u{0662}-27", "abcd-ef-gh", "2024-09-27-", "9999-12-31", "2024-\r\n-27"]
        for text in texts {
            #expect(CalendarDate(iso: text) == characterDate(text), "\(text.debugDescription)")
        }
    }
}

