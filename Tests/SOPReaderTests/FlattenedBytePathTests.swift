import Testing
@testable import SOPReader

/// The byte readings of the flattened-table reader and of `SourceLine` agree with the character readings
/// they replace, on tricky input: non-ASCII, combining and prepended marks, NBSP, CR, case folding that
/// reaches ASCII (the Kelvin sign), empty and spaced text.
@Suite struct FlattenedBytePathTests {
    static let texts: [String] = [
        "", " ", "  ", ",", "-", "a,", "a-", "kata,", "Kiner-", "é-", "é,", "\u{600},", "\u{600}-", "x\u{600} dan",
        "dan", "DAN", "Dan", "kata dan", "kata dan ", "kata  dan", "kata \u{212A}e", "kata \u{212A}E", "dan\u{301}",
        "kata \u{301}dan", "kata\u{600} dan", "untuk\r\n", "laporan serta", "laporan SERTA", "di", "ke", "dari ",
        "a - ", "x\u{00A0}dan", "\u{00A0}", "\t", "\r", "\r\n", "\u{2028}", "é dan", "danau", "adan", "1.", "2)",
        "12.", "123.", "٣.", "２.", "2.\u{301}", "01)", ".", ")", "a.", "1", "Menerima", "menerima", "MENERIMA",
        "Dikirim", "Di", "Mengarahkan,", "(Menerima", "Ménerima", "M\u{301}enerima", "Me", "Memo\u{301}",
    ]

    /// The character reading `awaitsMore` had before its byte path.
    static func awaitsMoreByCharacters(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        if last == "," || last == "-" { return true }
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)] == " " { end = text.index(before: end) }
        var start = end
        while start > text.startIndex, text[text.index(before: start)] != " " { start = text.index(before: start) }
        let joining: Set<String> = ["dan", "atau", "serta", "dengan", "untuk", "yang", "di", "ke", "dari"]
        return joining.contains(text[start..<end].lowercased())
    }

    /// The character reading `listNumber` had before its byte path.
    static func listNumberByCharacters(_ word: String) -> Int? {
        guard let last = word.last, last == "." || last == ")" else { return nil }
        let digits = word.dropLast()
        guard !digits.isEmpty, digits.count <= 2, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    @Test func awaitsMoreAgreesWithCharacterReading() {
        for text in Self.texts {
            #expect(FlattenedLineSplitter.awaitsMore(text) == Self.awaitsMoreByCharacters(text), "\(text.debugDescription)")
        }
    }

    @Test func endsWithPeriodAgreesWithHasSuffix() {
        for text in Self.texts + ["x\u{600}.", "é.", "\r.", "a.\u{301}", "..", "Surat masuk.", "\u{301}."] {
            #expect(FlattenedLineSplitter.endsWithPeriod(text) == text.hasSuffix("."), "\(text.debugDescription)")
        }
    }

    /// Item words looked up from a text's bytes get the ids their strings have.
    @Test func byteWordIDsAgreeWithStringLookUp() {
        var known = KnownPhrases()
        let items = ["Surat masuk", "Data KINERJA 2024", "Éditan dàta", "laporan kinerja", "Draf (LKj)", "a b", "\u{212A}elvin sign"]
        for (row, item) in items.enumerated() { known.add(item, row: row) }
        let others = known.read().others(than: -1)
        let texts = Self.texts + items + ["SURAT", "surat,Masuk", "kinerja2024", "lkj", "draf<b>", "Ke", "kelvin", "x\u{600}data", "  data  "]
        for text in texts {
            #expect(others.wordIDs(text) == others.wordIDs(of: KnownPhrases.words(text)), "\(text.debugDescription)")
        }
        #expect(others.wordIDs("Surat Masuk").allSatisfy { $0 != KnownPhrases.unknown })
        #expect(others.wordIDs("lain") == [KnownPhrases.unknown])
    }

    @Test func listNumberAgreesWithCharacterReading() {
        for text in Self.texts {
            #expect(FlattenedLine.listNumber(text) == Self.listNumberByCharacters(text), "\(text.debugDescription)")
        }
    }

    @Test func stepOpeningAgreesWithActivityVerb() {
        for text in Self.texts where !text.isEmpty && !OCRNoise.isNoise(text) {
            #expect((FlattenedRowSegmenter.stepOpening([text], after: nil) != nil) == ActivityVerb.opensStep(text),
                    "\(text.debugDescription)")
        }
    }

    @Test func blankLinesAndTabCellsAgreeWithCharacterReading() {
        for text in Self.texts + ["a\tb", "\t\t", "x\t", "\té\u{301}\t", "\u{600}\tb"] {
            let line = SourceLine(number: 1, text: text)
            #expect(line.isBlank == text.allSatisfy(\.isWhitespace), "\(text.debugDescription)")
            let reference = text.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { Substring($0) }
            #expect(line.tabCellTexts == reference, "\(text.debugDescription)")
        }
    }

    /// A text without a line end is its one line, as it is; the others are cut at LF, CRLF and CR.
    @Test func sourceTextCutsLines() {
        #expect(SourceText("kata tanpa akhir").lines.map(\.text) == ["kata tanpa akhir"])
        #expect(SourceText("a\nb\r\nc\rd\n").lines.map(\.text) == ["a", "b", "c", "d"])
        #expect(SourceText("").lines.isEmpty)
        #expect(SourceText("\n").lines.map(\.text) == [""])
        #expect(SourceText("é\u{301}").lines.map(\.text) == ["é\u{301}"])
    }
}
