import Testing
@testable import SOPReader

/// `ScannedWord.words(in:)` cuts ASCII text on its bytes: the words and keys are those the `Character`
/// split gives, and the texts are slices of the same string.
@Suite struct WordScanTests {
    private func byCharacters(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map { "\($0)|\(ScannedWord($0).key)" }
    }

    @Test(arguments: [
        "", " ", "\t\u{0B}\u{0C}\n", "Dr. MUHAMAD IRWANSYAH, SP., MP Pembina Utama Muda (IV/c) NIP. 19771027 200312 1 005",
        "Sekretaris Daerah Kabupaten Klungkung  Anak Agung Gede Lesmana", "(,;:.)  .X.  ,a,  ( )  Plt.",
        String(repeating: "Kepala Dinas, ", count: 500),
    ])
    func byteWordsAgreeWithTheCharacterSplit(text: String) {
        let words = ScannedWord.words(in: text)
        #expect(words.map { "\($0.text)|\($0.key)" } == byCharacters(text))
        for word in words {
            #expect(text.utf8[word.text.startIndex..<word.text.endIndex].elementsEqual(word.text.utf8))
        }
    }

    @Test(arguments: ["Kepala\u{A0}Dinas  SÉKRETARIS", "Caf\u{E9}, Pak\r\nBudi", "a\rb", "Ka\u{301}bag. Umum"])
    func textThatIsNotPlainASCIIIsSplitByCharacter(text: String) {
        #expect(ScannedWord.words(in: text).map { "\($0.text)|\($0.key)" } == byCharacters(text))
    }
}
