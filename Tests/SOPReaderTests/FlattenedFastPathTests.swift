import Foundation
import Testing
@testable import SOPReader

/// The flattened-table reader's byte-level fast paths agree with the character-level reading they
/// replace, on tricky input: non-ASCII, combining marks, NBSP, markup, empty and long text.
@Suite struct FlattenedFastPathTests {
    static let tricky: [String] = [
        "", " ", "Menerima surat 1. Surat masuk 5 Menit Agenda", "Kasat Sekreta|Kasubbag | Tim Kerja",
        "|", "||a||", "a|b", "é|x", "x|\u{301}y", "\u{600}|x", "Pemeriksaan\u{00A0}berkas  dan\tdata ",
        "<b>Kegiatan</b>|Waktu", "**Draf** Laporan_Kinerja *x* __y__", "Cafe\u{301} (LKj), E-Sakip 2024/2025",
        "İSTANBUL Ärger ﬁle", "ٱلعربية 12", "a\u{301}b c\u{308}", "\r\n1.\r\n2)",
        String(repeating: "Laporan kinerja | triwulan, ", count: 400),
    ]

    @Test func lineWordsAgreeWithCharacterSplitting() {
        for text in Self.tricky {
            let reference = TextCleaning.clean(text.replacingOccurrences(of: "|", with: " | ")).split(separator: " ").map(String.init)
            #expect(FlattenedLine.words(text) == reference, "\(text.debugDescription)")
        }
    }

    @Test func itemWordsAgreeWithCharacterSplitting() {
        for text in Self.tricky {
            let reference = TextCleaning.clean(text).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            #expect(KnownPhrases.words(text) == reference, "\(text.debugDescription)")
        }
    }

    @Test func asciiNoiseAgreesWithCharacterReading() {
        let alphabet = Array("aZ19.-/|()[:_<~\u{2014}")
        var tokens: [String] = []
        func grow(_ prefix: String, _ length: Int) {
            if !prefix.isEmpty { tokens.append(prefix) }
            guard length > 0 else { return }
            for character in alphabet { grow(prefix + String(character), length - 1) }
        }
        grow("", 4)
        tokens += ["kinerja,", "(LKj)", "I_A:I", "[j", "ﬁ", "e\u{301}:", "ab/cd", "a/b", "abcdefg|", "2.", "15", "5Jam", "\u{7F}x"]
        for token in tokens {
            #expect(OCRNoise.isNoise(token) == OCRNoise.isNoiseByCharacters(token), "\(token.debugDescription)")
        }
    }

    @Test func tokensApartReadAsTheirJoinedText() {
        let lines: [[String]] = [
            ["Laporan", "kinerja,", "(LKj)", "2024"], ["“Laporan", "Kinerja”", "é", "été"], ["a\u{301}", "\u{301}b", "c"],
            ["x\u{600}", "y", "z"], ["क", "\u{93E}ख", "ग"], ["*x", "y", "a*b"], ["x<br", "/>y", "z"], ["İ", "I\u{307}", "ﬁle"],
            ["🇮", "🇩", "x"], ["👩\u{200D}", "💻", "ok"],
        ]
        for tokens in lines {
            let apart = FlattenedLineSplitter.apart(tokens)
            for start in tokens.indices {
                for end in start..<tokens.count {
                    var parts: [[String]] = []
                    for index in start...end {
                        if index == start || apart[index] { parts.append([tokens[index]]) } else { parts[parts.count - 1].append(tokens[index]) }
                    }
                    let joined = KnownPhrases.words(tokens[start...end].joined(separator: " "))
                    #expect(parts.flatMap { KnownPhrases.words($0.joined(separator: " ")) } == joined, "\(tokens[start...end])")
                }
            }
        }
    }

    @Test func columnsJoinWordsAsWrappedText() {
        let words = ["E-", "Sakip", "dan", "x-", "1", "é-", "été", "e\u{301}-", "a", "-", "-", "b", "Kiner-", "ja,", "2."]
        var columns = FlattenedColumns()
        var expected = ""
        for word in words {
            columns.append([FlattenedLine.Token(word, afterNoise: false)][...], to: .inputs)
            expected = WrappedText.join(expected, word)
        }
        #expect(columns.text(.inputs) == expected)
    }

    @Test func openItemWordsAreTheWordsOfTheOpenItem() {
        let runs: [[String]] = [
            ["Laporan", "Kiner-", "ja,", "(LKj)"], ["“Data", "kinerja”", "é-", "été", "a\u{301}", "\u{301}b"],
            ["*x", "y", "a*b", "c"], ["x<br", "/>y", "z"], ["क", "\u{93E}ख"], ["x\u{600}", "y"], ["E-", "Sakip", "2.", "Data", "_a_"],
        ]
        for run in runs {
            var columns = FlattenedColumns()
            for word in run {
                columns.append([FlattenedLine.Token(word, afterNoise: false)][...], to: .output)
                #expect(columns.openItemWords[FlattenedColumns.Column.output.rawValue]
                    == KnownPhrases.words(columns.openItems[FlattenedColumns.Column.output.rawValue]), "\(run)")
            }
        }
    }

    @Test func longNoisyLinesAreSplitQuickly() {
        let header = "Pelaksana Mutu Baku\nKegiatan Keterangan\nKabag Staf Kelengkapan Waktu Output\n\n"
        let line = (1...7).map { "Menyusun laporan v \($0). Data [ kinerja" }.joined(separator: " ")
        let text = header + (1...30).map { "\(line) \($0) Menit Laporan" }.joined(separator: "\n") + "\n"
        let source = SourceText(text)
        let start = Date()
        let reading = ProcedureReader.read(ProcedureReader.locate(in: source), in: source, definitions: [])
        #expect(reading.layout == .flattened)
        #expect(Date().timeIntervalSince(start) < 20)
    }
}
