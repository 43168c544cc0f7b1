import Testing
@testable import SOPReader

/// The session-4 fast paths of the identity and field readers agree with the code they stand in for:
/// ASCII byte reads against `Character`/scalar reads, and the first-key rule choice against every rule.
@Suite struct IdentitySpeedPathTests {
    static let words = [
        "", ",", "SH", "SH,", "S.Sos", "M.Si", "SP.,", "A.Md", "MM", "Mm", "mm", "S", "ABCDEFGH", "ABCDEFG",
        "CAHYONO,", "Cahyono", "IV/c", "(IV/c)", "a\r\n", "SH\r\n", "S\r", ".SH", "S-H", "Dr.", "É", "ÉCOLE",
        "SH\u{301}", "S\u{0300}H", "ŞH", "SH;", ";SH", "S;H", "\"SOP\"", "(a)", "'x'", "x?!", "{x}", "x$", "+x+",
        "#1", "@x", "x_", "[x]", "~x~", "x\\", "x|", "—x—", "«x»", "x.\u{301}", "\u{00A0}x", "...", "",
        String(repeating: "A", count: 200),
    ]

    @Test func asciiAllCapsAgreesWithCharacters() {
        for word in Self.words {
            let scanned = ScannedWord(Substring(word))
            #expect(scanned.isAllCaps == ScannedWord.isAllCapsByCharacters(scanned.text), "\(word.debugDescription)")
        }
    }

    @Test func asciiDegreeAgreesWithCharacters() {
        for word in Self.words {
            let scanned = ScannedWord(Substring(word))
            #expect(ApproverVocabulary.isDegree(scanned) == ApproverVocabulary.isDegreeByCharacters(scanned.text),
                    "\(word.debugDescription)")
        }
    }

    @Test func asciiPunctuationTrimAgreesWithScalars() {
        for word in Self.words {
            #expect(SectionCues.trimmingPunctuation(word) == SectionCues.trimmingPunctuationByScalars(word), "\(word.debugDescription)")
        }
        // Every ASCII byte alone and inside a word: the byte table is the P* categories.
        for byte in UInt8(0)..<0x80 {
            let scalar = String(Unicode.Scalar(byte))
            for word in [scalar, "a" + scalar, scalar + "a", scalar + "a" + scalar] {
                #expect(SectionCues.trimmingPunctuation(word) == SectionCues.trimmingPunctuationByScalars(word), "\(word.debugDescription)")
            }
        }
    }

    @Test func kindRecognitionByFirstKeyAgreesWithReading() {
        let phrases = [
            "Peraturan Menteri Dalam Negeri", "Permendagri", "Permen", "PermenPAN-RB", "Kepmenkes", "Kepmen", "Perda Kabupaten Tapin",
            "Undang-Undang", "undang undang dasar", "UU", "PP", "Perpres", "Keppres", "Surat Edaran Menteri", "SE", "Peraturan",
            "Perwali", "peraturan walikota", "Keputusan Wali Kota Medan", "permen\u{301}dagri", "Permendagri\u{301}", "kepmenʼ",
            "Perubahan Atas", "dan", "", "Instruksi Presiden", "Inpres", "Perpu", "perppu", "Peraturan Pemerintah Pengganti Undang-Undang",
        ]
        for phrase in phrases {
            let words = phrase.split(separator: " ")
            let reading = RegulationKind.read(words)
            #expect(RegulationKind.recognizes(keys: words.map(RegulationKind.key(of:))) == (reading?.isRecognized ?? false),
                    "\(phrase.debugDescription)")
        }
        #expect(RegulationKind.read(["Permendagri"]) == .init(kind: "Peraturan Menteri", issuer: "Menteri Dalam Negeri", isRecognized: true))
        #expect(RegulationKind.read(["PERMEN", "PAN-RB"])?.issuer == "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi")
        #expect(RegulationKind.read(["permen\u{301}dagri"])?.isRecognized == false)
    }

    @Test func asciiNIPDigitGroupsAgreeWithCharacters() {
        let texts = [
            "NIP. 19771027 200312 1 005", "NIP: 196504221988031008", "nip.19650422 1988O3 1 OO8", "NIP 1977 1027 2003 12 1 005 Pembina",
            "NIP. 19771027 200312 1 005x", "NIP. 1977I027 2OO312 l OO5", "NIP. S", "NIP. 12345", "NIP", "NIPS 123", "ANIP 123",
            "19771027 200312 1 005", "  19771027 200312 1 005  ", "19771027 200312 1 005 a", "1977102720031210051", "I977", "",
            "Pembina Utama Muda (IV/c) NIP. 19771027 200312 1 005", "NIP. 1977|027 200312 1 005", "NIP .: 19771027200312 1005",
        ]
        func offsets(_ match: NIPMatch?, in text: String) -> [Int]? {
            match.map { [text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound),
                          text.utf8.distance(from: text.startIndex, to: $0.range.upperBound)] }
        }
        for text in texts {
            // A trailing NBSP is whitespace and no digit, but sends the text down the `Character` path.
            let other = text + "\u{00A0}"
            for read in [NIPParser.digits(in:), NIPParser.unlabeledDigits(in:)] {
                #expect(read(text)?.digits == read(other)?.digits, "\(text.debugDescription)")
                #expect(offsets(read(text), in: text) == offsets(read(other), in: other), "\(text.debugDescription)")
            }
        }
    }

    @Test func packedLabelKeysAgreeWithTheUnicodePath() {
        let phrases = [
            "Nomor SOP", "NOMOR  SOP", "Nmr SOP", "Tanggal Pembuatan", "Tgl. Pembuatan", "Tanggal Pembutan", "Tanggal Pengesahan",
            "Disahkan Oleh", "Disahkan Olh", "Dasar Hukum", "Dasar Hukum (wajib)", "Peralatan / Perlengkapan", "Peralatan dan Perlengkapn",
            "Pencatatan dan Pendataan", "PENCATATAN DAN PENDATAN", "Kualifikasi Pelaksana", "Keterkaitan", "Keterikatan", "Tujuan",
            "Tujuan (", "Definisi Istilah", "Penjelasan Singkat", "Memahami aturan dan", "1. Memahami", "abcdefghijklmnopqrstuvwxyz",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "x", "", "(Nomor SOP)", "Nomor (SOP)",
        ]
        func label(_ phrase: String) -> IdentityLabel? {
            var memo = IdentityLabelCatalog.Memo()
            return IdentityLabelCatalog.label(for: phrase, memo: &memo)
        }
        var shared = IdentityLabelCatalog.Memo()
        for phrase in phrases {
            // A leading NBSP is no letter, but sends the phrase down the Unicode path.
            let unicode = label("\u{00A0}" + phrase)
            #expect(label(phrase) == unicode, "\(phrase.debugDescription)")
            var memo = IdentityLabelCatalog.Memo()
            #expect(IdentityLabelCatalog.label(forWords: phrase.split(separator: " ")[...], memo: &memo) == unicode,
                    "\(phrase.debugDescription)")
            // One memo across all the phrases answers each as a fresh search does.
            #expect(IdentityLabelCatalog.label(for: phrase, memo: &shared) == unicode, "\(phrase.debugDescription)")
        }
    }
}
