import Testing
@testable import SOPReader

/// The byte paths of the field readers agree with the `Character` reading they replace.
@Suite struct FieldBytePathTests {
    static let tricky = [
        "", " ", "-", "--", ";", ".", " . ", "'", "\"", ".,;:_-", "x", "x-", "-x", ": 27 Mei 2020.", "(5 Mei 2020)",
        "5 Mei 2020 -", "  9 November 2020 ;", "Senin, 9 November 2020", "'27 September 2024'", "- 2020 -",
        "CAHYONO, SH", "Cahyono S.H.", "Drs. H. Made  Sudarma, M.Si", "NIP. 19771027 200312 1 005", "\t x \t",
        String(repeating: "a b ", count: 5_000),
    ]

    /// Non-ASCII, combining marks, NBSP and CR: texts the byte paths leave to the `Character`s.
    static let nonPlain = ["Caf\u{E9}", "e\u{301}", "5\u{A0}Mei 2020", "5 Mei 2020\r", "\r\n", "\u{2013}", "Jum\u{2019}at", "\u{130}"]

    @Test(arguments: tricky)
    func dateTrimAgreesWithCharacters(_ text: String) {
        let collapsed = TextCleaning.collapseWhitespace(text)
        var owner = collapsed
        let plain = owner.withUTF8 { DateParser.trimmedPlain($0) }
        let reference = DateParser.trimNoise(collapsed)
        #expect(plain.text == reference)
        let isPlaceholder = reference.isEmpty
            || reference.allSatisfy { DateParser.placeholderCharacters.contains($0) || $0.isWhitespace }
        #expect(plain.isPlaceholder == isPlaceholder)
    }

    @Test func datesOfOtherTextAreReadByCharacter() {
        #expect(DateParser.parse("5\u{A0}Mei 2020") == .date("2020-05-05"))
        #expect(DateParser.parse("\u{2013}") == .absent)
        #expect(DateParser.parse("1 Januari 1900") == .date("1900-01-01"))
        #expect(DateParser.parse("31/12/2100") == .date("2100-12-31"))
    }

    @Test(arguments: tricky + nonPlain)
    func wordCountAgreesWithCutWords(_ text: String) {
        #expect(ApproverParser.wordCount(text) == ASCIIText.words(in: Substring(text)).count)
    }

    @Test func samePrintingAgreesWithCharacters() {
        func reference(_ a: String, _ b: String) -> Bool {
            func letters(_ s: String) -> String { String(s.lowercased().filter { $0.isLetter || $0.isNumber }) }
            return letters(a) == letters(b)
        }
        let texts = Self.tricky + Self.nonPlain + ["cahyono sh", "CAHYONO SH.", "Cahyono, S.H", "197201031992031012",
                                                   "1972 0103 1992 0310 12", "Cafe", "CAF\u{C9}", "ab", "a b c"]
        for a in texts {
            for b in texts.prefix(40) {
                #expect(ApproverMerger.isSamePrinting(a, b) == reference(a, b), "\(a) / \(b)")
            }
        }
    }
}
