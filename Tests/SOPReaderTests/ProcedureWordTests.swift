import Testing
@testable import SOPReader

/// The byte-level word helpers of procedure reading agree with the plain `Set` and string reading.
@Suite struct ProcedureWordTests {
    static let tricky = [
        "", "a", "jika", "Jika", "jikа" /* Cyrillic а */, "bila\u{0301}", "bila\u{00A0}", "\u{00A0}bila", "apabila",
        "kalau", "kalaux", "ke", "kepada", "k\u{212A}", "\u{212A}e", "pd", "kabag", "kabag\u{0300}", "été",
        String(repeating: "jika", count: 40), "bilamana", "bilaman", "\r\n", "ke\r\n",
    ]

    @Test func wordSetAgreesWithSet() {
        let words = ["jika", "bila", "apabila", "kalau", "jikalau", "bilamana", "ke", "kepada", "pd", "kabag",
                     String(repeating: "jika", count: 40)]
        let set = Set(words)
        let wordSet = WordSet(words)
        for word in Self.tricky + words {
            #expect(wordSet.contains(word) == set.contains(word), "\(word.unicodeScalars.map(\.value))")
        }
    }

    @Test func activityWordsFromBytesAndFromCharacters() {
        #expect(ActorMatcher.scanWords("Kabag UMUM, dan 2 staf-IT.") == ["kepala", "bagian", "umum", "dan", "staf", "it"])
        #expect(ActorMatcher.scanWords("") == [])
        #expect(ActorMatcher.scanWords("  ,; ") == [])
        #expect(ActorMatcher.scanWords("Sekda menerima berkas 12") == ["sekretaris", "daerah", "menerima", "berkas", "12"])
        // Non-ASCII and markup go the character way, with the same rules.
        #expect(ActorMatcher.scanWords("Kasubbag Keuangan é memeriksa") == ["kepala", "sub", "bagian", "keuangan", "memeriksa"])
        #expect(ActorMatcher.scanWords("**Kabag** memeriksa") == ["kepala", "bagian", "memeriksa"])
        #expect(ActorMatcher.words("Kepala Bagian dan Staf") == ["kepala", "bagian", "staf"])
    }

    @Test func markdownLayoutByLeadingPipeAsByCharacters() {
        let lines = ["| No | Kegiatan |", "   |a|b|", "|", "  |\u{0301} a | b |", "|é|", " \u{0301}| a |", "a | b | c", "", "   ",
                     "\u{00A0}| a |", "\t| a |"]
        for text in lines {
            let line = SourceLine(number: 1, text: text)
            let byCharacters = text.drop(while: { $0 == " " }).hasPrefix("|")
            #expect((TableLayoutDetector.layout(of: line) == .markdown) == byCharacters, "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func labelRunsReadAsOneCellAsTheirJoinedText() {
        let runs: [[String]] = [
            ["Mutu", "Baku"], ["Kete", "rangan"], ["Uraian", "Kegiatan"], ["Mula", "Mula"], ["Jangka", "Waktu"],
            ["Pelak", "sana"], ["No."], ["Ket."], ["Kelengkapan"], ["Persyaratan", "/", "Kelengkapan"],
            ["Output", "x"], ["a", "b"], ["*Waktu*"], ["<b>Waktu</b>"], ["Wáktu"], ["1", "2"], [""], ["", "Waktu"],
        ]
        for run in runs {
            let joined = run.joined(separator: " ")
            if let role = ColumnRole.roleOfPlainASCII(run) {
                #expect(role == ColumnRole.recognise(joined), "\(run)")
            }
        }
        #expect(ColumnRole.roleOfPlainASCII(["Mutu", "Baku"]) == .some(.quality))
        #expect(ColumnRole.roleOfPlainASCII(["Wáktu"]) == nil)  // not plain ASCII: read the slow way
    }
}
