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
        // Spaces next to non-ASCII scalars: marks that join a space, a prepended mark, ligatures, dashes,
        // emoji with joiners, flags, Hangul, a space at either end.
        let seams = ["ﬁ — x", " \u{301}a", "a \u{301}", "a \u{301} b", "\u{600} x", "x \u{600}", "é ë", "x\u{200D} y",
                     "x \u{200D}y", "🇮🇩 🇮🇩", "\u{1F468}\u{200D} \u{1F469}", "\u{1100} \u{1161}", "a\u{0903} b",
                     "a \u{0903}b", "ﬁ", " ﬁ ", "Kegiatan — Waktu ﬁ 2. Output", "e\u{301} \u{301}e \u{308}"]
        for text in Self.tricky + seams {
            let reference = TextCleaning.clean(text.replacingOccurrences(of: "|", with: " | ")).split(separator: " ").map(String.init)
            #expect(FlattenedLine.words(text) == reference, "\(text.debugDescription)")
            // Uncleaned too (NBSP, tabs, CR LF, doubled spaces), as actor names and header fragments use it.
            #expect(SpaceSeparated.words(text) == text.split(separator: " ").map(String.init), "\(text.debugDescription)")
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

    @Test func lineWordNoiseAgreesWithTheWordsNoise() {
        let noisy = ["v | [ ] <> \u{2014} ﬁ [j I_A:I x", "kinerja, (LKj) 1. 2) e\u{301}: ab/cd \u{7F}x ~~ 15 5Jam",
                     "Kasat Sekreta|Kasubbag | Tim\u{00A0}Kerja", "\u{600}|x é|x", "√ ✓ → ◇ □ \u{1F468}\u{200D}\u{1F469}"]
        for text in Self.tricky + noisy {
            let words = FlattenedWords(text)
            for index in 0..<words.count {
                #expect(words.isNoise(index) == OCRNoise.isNoise(words.string(index)), "\(words.string(index).debugDescription)")
            }
        }
    }

    @Test func tokensApartReadAsTheirJoinedText() {
        let lines: [[String]] = [
            ["Laporan", "kinerja,", "(LKj)", "2024"], ["“Laporan", "Kinerja”", "é", "été"], ["a\u{301}", "\u{301}b", "c"],
            ["x\u{600}", "y", "z"], ["क", "\u{93E}ख", "ग"], ["*x", "y", "a*b"], ["x<br", "/>y", "z"], ["İ", "I\u{307}", "ﬁle"],
            ["🇮", "🇩", "x"], ["👩\u{200D}", "💻", "ok"],
        ]
        for tokens in lines {
            var apart: [Bool] = []
            FlattenedLineSplitter.apart(tokens.map { FlattenedLine.Token($0, afterNoise: false) }, into: &apart)
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

    /// Known items holding every word of every run of the words: then the ids of the open item's words are
    /// its words, one for one (and none is unknown).
    static func knowing(_ words: [String]) -> KnownPhrases.Others {
        var known = KnownPhrases()
        for start in words.indices {
            var joined = ""
            for word in words[start...] {
                joined = WrappedText.join(joined, word)
                known.add(joined + " zz zz", row: 0)
            }
        }
        return known.read().others(than: -1)
    }

    /// The open item's word ids are those of the words of the whole open item, none of them unknown.
    static func expectOpenItemIDs(_ columns: FlattenedColumns, _ c: Int, _ known: KnownPhrases.Others, _ run: [String]) {
        let ids = columns.openItemIDs[c]
        #expect(ids == known.wordIDs(of: KnownPhrases.words(columns.openItems[c])), "\(run)")
        #expect(!ids.contains(KnownPhrases.unknown), "\(run)")
    }

    @Test func openItemWordsAreTheWordsOfTheOpenItem() {
        let runs: [[String]] = [
            ["Laporan", "Kiner-", "ja,", "(LKj)"], ["“Data", "kinerja”", "é-", "été", "a\u{301}", "\u{301}b"],
            ["*x", "y", "a*b", "c"], ["x<br", "/>y", "z"], ["क", "\u{93E}ख"], ["x\u{600}", "y"], ["E-", "Sakip", "2.", "Data", "_a_"],
        ]
        for run in runs {
            let known = Self.knowing(run)
            var columns = FlattenedColumns(tracking: known)
            for word in run {
                columns.append([FlattenedLine.Token(word, afterNoise: false)][...], to: .output)
                Self.expectOpenItemIDs(columns, FlattenedColumns.Column.output.rawValue, known, run)
            }
        }
    }

    /// Every run of up to three words from tricky ones (non-ASCII seams, combining marks, hyphen joins,
    /// tags split over two words, `*` emphasis): the open item's words, kept up at the seam only, are
    /// the words of the whole item.
    @Test func openItemWordsKeptAtTheSeamAreTheWordsOfTheOpenItem() {
        let alphabet = ["Data", "é-", "été", "\u{301}b", "a\u{301}", "x<br", "/>y", "<b>Surat</b>", "__x", "Kiner-",
                        "ja,", "*Draf", "Laporan*", "क", "\u{93E}ख", "x\u{600}", "-", "İ", "data_kinerja"]
        func check(_ run: [String]) {
            let known = Self.knowing(run)
            var columns = FlattenedColumns(tracking: known)
            for word in run {
                columns.append([FlattenedLine.Token(word, afterNoise: false)][...], to: .inputs)
            }
            Self.expectOpenItemIDs(columns, FlattenedColumns.Column.inputs.rawValue, known, run)
        }
        for a in alphabet {
            check([a])
            for b in alphabet {
                check([a, b])
                for c in alphabet { check([a, b, c]) }
            }
        }
    }

    /// An item that goes on over thousands of lines, its seams non-ASCII and its words holding markup, is
    /// kept up in time of its words, not read again whole at every word.
    @Test func longOpenItemWithNonASCIISeamsGrowsInLinearTime() {
        let start = ReaderScalingTests.threadCPUSeconds()
        let words = ["Éditan", "dàta_x", "<b>élan</b>", "Kiner-", "ja"]
        let known = Self.knowing(words + words)
        var columns = FlattenedColumns(tracking: known)
        let line = words.map { FlattenedLine.Token($0, afterNoise: false) }
        for _ in 0..<1_000 { columns.append(line[...], to: .output) }
        let c = FlattenedColumns.Column.output.rawValue
        #expect(columns.openItemIDs[c].count == 1_000 * 6)
        Self.expectOpenItemIDs(columns, c, known, words)
        let seconds = ReaderScalingTests.threadCPUSeconds() - start
        #expect(seconds < 30, "5 000 words took \(seconds) s")
    }

    /// A flattened table whose last row's Kelengkapan and Output run on over 2 000 lines of non-ASCII words
    /// parses in linear time (the open items are neither read again nor looked up whole on every line).
    @Test func tableRowGrowingOverManyLinesParsesInLinearTime() throws {
        let header = "NAMA SOP : CONTOH\nPelaksana Mutu Baku\nKegiatan Keterangan\nKabag Staf Kelengkapan Waktu Output\n\n"
        let rows = ["Menyusun laporan v 1. Surat Masuk 5 Menit 1. Draf Laporan",
                    "Memeriksa laporan v 1. Draf Laporan 5 Menit 1. Surat Masuk",
                    "Menerima berkas v 1. Surat Masuk 5 Menit 1. Éditan Data"]
            + Array(repeating: "Éditan Dàta_x Éditan", count: 2_000)
        let (document, seconds) = try ReaderScalingTests.timedParse(header + rows.joined(separator: "\n") + "\n")
        #expect(document.procedures.first?.steps.count == 3)
        #expect(document.procedures.first?.steps.last?.outputs.first?.utf8.count ?? 0 > 10_000)
        #expect(seconds < 30, "2 000 lines took \(seconds) s")
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

    /// Runs of label words with dashes, tags, CR, combining marks and ligatures are named as the joined
    /// run is read as a string.
    @Test func labelRunsWithDashesOrTagsAgreeWithTheJoinedReading() {
        let words = ["Kegiatan", "—", "Keg—iatan", "–Waktu", "Out—put", "<u>Kelengkapan</u>", "<u>Mutu", "Baku</u>",
                     "<br>Waktu", "Kete<b>", "rangan", "<>", "—|", "x", "—ab", "a<", "Wak\rtu", "Wak\r", "\ntu", "ﬁ",
                     "Wa\u{301}ktu", "Kegiatan\u{00A0}", "*Output*", "__Waktu__", "Ket.", "Ke—t", "—Kegiatan—", "<i>",
                     "Ou—", "tput", "<b>Pelaksana</b>—", "Persyaratan—Kelengkapan", "a—b", "<x>Kegiatan", "Waktu\u{2014}\u{301}"]
        func joinedReading(_ run: ArraySlice<String>) -> ColumnRole? {
            let joined = run.joined(separator: " ")
            guard joined.utf8.count <= ColumnRole.longestCell, joined.contains(where: \.isLetter) else { return nil }
            return ColumnRole.recognise(joined)
        }
        for start in words.indices {
            for length in 1...3 where start + length <= words.count {
                let run = words[start..<(start + length)]
                #expect(FlattenedHeader.role(named: run) == joinedReading(run), "\(Array(run))")
            }
            for other in words {
                let run = [words[start], other][...]
                #expect(FlattenedHeader.role(named: run) == joinedReading(run), "\(Array(run))")
            }
        }
        #expect(FlattenedHeader.role(named: ["Kegiatan", "—"]) == .activity)
        #expect(FlattenedHeader.role(named: ["<u>Kelengkapan</u>"]) == .inputs)
        #expect(FlattenedHeader.role(named: ["Out—put"]) == .output)
    }
}

/// Known items in a trie (`PhraseTrie`) fit a run as a pass over every item of the other rows does.
@Suite struct KnownPhrasesBucketTests {
    static let items: [(row: Int, text: String)] = [
        (0, "Perjanjian kinerja"), (0, "Rencana aksi"), (1, "Disposisi surat"), (1, "Perjanjian kinerja"),
        (2, "Draf Data Laporan"), (2, "Data laporan kinerja"), (3, "Laporan Kinerja yang telah di tandatangani"),
        (3, "Hasil koreksi"), (4, "Laporan Kinerja"), (4, "Draf Data"), (5, "Éditan dàta"), (5, "Rencana aksi"),
    ]

    /// `KnownPhrases.Others.fit` as a pass over every item of the rows other than `row`.
    static func referenceFit(_ after: [KnownPhrases.WordID], beforeCount: Int, phrases: [[KnownPhrases.WordID]]) -> Double {
        guard !after.isEmpty, after.count > beforeCount else { return 0 }
        var startsOne = false, ranPast = false, leftOne = false, completesBefore = false
        for words in phrases {
            var common = 0
            while common < words.count, common < after.count, words[common] == after[common] { common += 1 }
            if common == after.count, common == words.count { return 3 }
            if common == after.count { startsOne = true }
            else if common == words.count, common > beforeCount { ranPast = true }
            else if common > beforeCount { leftOne = true }
            if beforeCount > 0, words.count == beforeCount, common >= beforeCount { completesBefore = true }
        }
        if ranPast { return -2 }
        if startsOne { return 0.5 }
        if completesBefore || leftOne { return -1 }
        return 0
    }

    @Test func bucketedFitAgreesWithEveryItem() {
        var known = KnownPhrases()
        for item in Self.items { known.add(item.text, row: item.row) }
        let read = known.read()
        let vocabulary = ["perjanjian", "kinerja", "rencana", "aksi", "disposisi", "surat", "draf", "data", "laporan",
                          "yang", "telah", "di", "tandatangani", "hasil", "koreksi", "éditan", "dàta", "lain"]
        for row in 0...6 {
            let others = read.others(than: row)
            let phrases = Self.items.filter { item in
                Self.items.contains { $0.text == item.text && $0.row != row }
            }.map { others.wordIDs($0.text) }.filter { $0.count >= 2 }
            #expect(others.isEmpty == phrases.isEmpty)
            #expect(others.longestPhrase == phrases.map(\.count).max() ?? 0)
            let ids = vocabulary.map { others.wordIDs($0).first ?? KnownPhrases.unknown }
            // Every run of up to three vocabulary words, and the phrases cut anywhere and extended by a
            // word, with every open-item length.
            var runs: [[KnownPhrases.WordID]] = [[]]
            var layer: [[KnownPhrases.WordID]] = [[]]
            for _ in 0..<3 {
                layer = layer.flatMap { run in ids.map { run + [$0] } }
                runs += layer
            }
            for phrase in phrases {
                for cut in 0...phrase.count { runs.append(Array(phrase[..<cut]) + [ids[0]]) }
                runs.append(phrase)
            }
            var mismatches: [String] = []
            for run in runs {
                for beforeCount in 0...run.count
                where others.fit(run[...], beforeCount: beforeCount) != Self.referenceFit(run, beforeCount: beforeCount, phrases: phrases) {
                    mismatches.append("row \(row): \(run) \(beforeCount)")
                }
            }
            #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        }
    }
}
