import Testing
import SOPModel
@testable import SOPReader

/// The byte-span reading of Dasar Hukum items: the byte path agrees with the `Character` path, and text
/// that is not ASCII gives what the reader gave before the spans.
@Suite struct LegalBasisWordsTests {
    /// Each word's forms as text, with its facts, for comparing the two paths.
    private func described(_ words: LegalBasisWords) -> [String] {
        words.words.indices.map { index in
            let word = words.words[index], kind = words.kinds[index]
            func text(_ bytes: [UInt8], _ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
            return [text(words.bytes, word.text), text(words.bytes, word.trimmed), text(words.keys, word.key),
                    text(words.bytes, kind.written), text(words.keys, kind.key), "\(word.role)",
                    "\(word.endsWithBreak)", "\(word.opensAmendment)"].joined(separator: "|")
        }
    }

    @Test(arguments: [
        "", " ", "Perda Kabupaten Klungkung Nomor 9 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah.",
        "PP No.25/2009 tentang X, sebagaimana telah DIUBAH dengan PP Nomor:IO Tahun 2O19;",
        "\"Perda\" 'UU' (SOP) , ; : . ( ) No. Nomor:: nomer.5 NMR Th. thn TAHUN 'tentang' atas; dan, serta Yang yaitu jo",
        "Nomor.:12 No:.3 no..x nomor: diubahnya dicabutnya diubah, TENTANG\tatas\u{0B}Dengan\u{0C}oleh  berdasarkan",
        "Permendagri PermenPAN-RB Kepmenkes \"Permen\" undang-undang.",
    ])
    func bytePathAgreesWithCharacterPath(text: String) {
        #expect(described(LegalBasisWords(text)) == described(LegalBasisWords(byCharacters: text)))
    }

    @Test func longRunsAreCutLinearly() {
        let text = String(repeating: "Nomor 5 Tahun 2020 dan ", count: 150)
        let words = LegalBasisWords(text)
        #expect(words.words.count == 750)
        #expect(described(words) == described(LegalBasisWords(byCharacters: text)))
    }

    /// Items with combining marks, non-ASCII digits and letters, ideographic spaces: read by `Character`.
    @Test(arguments: [
        ("Peraturan Daerah Nomor 5 Tahun 2020 tentang Pajak Daerah",
         "Peraturan Daerah", nil, "5", 2020, "Pajak Daerah",
         [], []),
        ("Perda\u{301} Nomor 5 Tahun 2020 tentang Pajak",
         "Perda\u{301}", nil, "5", 2020, "Pajak",
         [], []),
        ("Undang-Undang Nomor \u{663}/2009 tentang Pelayanan Publik \u{E9}.",
         "Undang-Undang", nil, "\u{663}/2009", 2009, "Pelayanan Publik \u{E9}",
         [], []),
        ("Peraturan Menteri Keuangan Nomor 2\u{BD} Tahun 2019 tentang Uang",
         "Peraturan Menteri", "Menteri Keuangan", "2\u{BD}", 2019, "Uang",
         [], []),
        ("PP No.00/2016 tentang Perangkat Daerah , sebagaimana telah diubah dengan PP Nomor IO Tahun 2O19 tentang Perubahan Atas PP Nomor 0 Tahun 2016",
         "Peraturan Pemerintah", nil, "0", 2016, "Perangkat Daerah",
         [], [RegulationReference(kind: "Peraturan Pemerintah", number: "10", year: 2019)]),
        ("Permen\u{301}dagri Nomor 35/PERMEN/2012 tentang SOP\u{3000}Administrasi",
         "Permen\u{301}dagri", nil, "35/PERMEN/2012", 2012, "SOP Administrasi",
         [], []),
        ("UU Nomor 25 Tahun 2009 tentang Pelayanan Publik\u{301}",
         "Undang-Undang", nil, "25", 2009, "Pelayanan Publik\u{301}",
         [], []),
        ("Keputusan Bupati Tapin, Nomor 7 Tahun 2020 tentang Tim \u{E9}; yang telah dicabut\u{301} dengan Perbup Nomor 9 Tahun 2021",
         nil, nil, "7", 2020, "Tim \u{E9}; yang telah dicabut\u{301} dengan Perbup Nomor 9 Tahun 2021",
         [], []),
        ("9 \"Perda\" Kabupaten 'Tapin' Nomor: 12 Tahun 2016 tentang \"Susunan\" Perangkat",
         "9 \"Perda\" Kabupaten 'Tapin'", nil, "12", 2016, "\"Susunan\" Perangkat",
         [], []),
    ] as [(String, String?, String?, String?, Int?, String?, [RegulationReference], [RegulationReference])])
    func textThatIsNotASCIIReadsAsBefore(text: String, kind: String?, issuer: String?, number: String?, year: Int?,
                                         subject: String?, amends: [RegulationReference], amendedBy: [RegulationReference]) {
        let entry = LegalBasisParser.parse(text, line: 3)
        #expect(entry.kind == kind)
        #expect(entry.issuer == issuer)
        #expect(entry.number == number)
        #expect(entry.year == year)
        #expect(entry.subject == subject)
        #expect(entry.amends == amends)
        #expect(entry.amendedBy == amendedBy)
    }

    @Test func numbersAreReadFromTheirBytes() {
        #expect(LegalBasisParser.parse("UU Nomor 00 Tahun 2009", line: nil).number == "0")
        #expect(LegalBasisParser.parse("UU Nomor 0O7/2009", line: nil).number == "7")
        #expect(LegalBasisParser.parse("UU Nomor 0O7/2009", line: nil).year == 2009)
        #expect(LegalBasisParser.parse("UU Nomor 7/20O9/x", line: nil).number == "7/20O9/x")
        #expect(LegalBasisParser.parse("UU Nomor 7/20O9/x", line: nil).year == nil)
        #expect(LegalBasisParser.parse("UU Nomor a/b Tahun 2009", line: nil).number == nil)
        #expect(LegalBasisParser.parse("UU Nomor /2009", line: nil).number == "/2009")
        #expect(LegalBasisParser.parse("UU Nomor 5x Tahun 2009", line: nil).number == "5x")
    }

    @Test func kindSpansReadAsTheStringWords() {
        let words = LegalBasisWords("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 5")
        let reading = RegulationKind.read(written: words.bytes, keys: words.keys, words.kinds[0..<8])
        #expect(reading == RegulationKind.read(["Peraturan", "Menteri", "Pendayagunaan", "Aparatur", "Negara", "dan", "Reformasi",
                                                "Birokrasi"]))
        #expect(RegulationKind.recognizes(keys: words.keys, words.kinds[0..<8]))
        #expect(!RegulationKind.recognizes(keys: words.keys, words.kinds[1..<8]))
        #expect(RegulationKind.read(["Peraturan", "Menteri", "Kumham", "RI"])?.issuer == "Menteri Hukum dan Hak Asasi Manusia")
        #expect(RegulationKind.read(["Permen", "pan", "RB"])?.issuer == "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi")
        #expect(RegulationKind.read(["Permenx", "Y"]) == .init(kind: "Peraturan Menteri", issuer: nil, isRecognized: true))
        #expect(RegulationKind.read([",", "(", "Perda", ")"]) == .init(kind: "Peraturan Daerah", issuer: nil, isRecognized: true))
    }
}
