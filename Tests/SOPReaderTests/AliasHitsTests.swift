import Testing
import SOPModel
@testable import SOPReader

/// The alias-word memo of actor mentions agrees with `ActorMatcher.same` word by word, and mentions asked
/// through one activity's shared memo are those asked afresh.
@Suite struct AliasHitsTests {
    static let tricky = [
        "", "a", "ke", "kepala", "kepada", "kepalx", "xepala", "kepal", "kepalaa", "bagian", "bagain", "pusat", "puast",
        "pusàt", "pusa\u{0300}t", "été", "ete", "k\u{212A}", "kepala\u{00A0}", "\u{00A0}kepala", "kep\r\nala", "kepala\r",
        "sekretaris", "xekretaris", "xekretarix", "staf", "stafff", "tim", "tin", String(repeating: "kepala", count: 30),
    ]

    /// Whether the memo marks word `word` as `same` as alias word `alias`.
    static func marked(_ word: String, _ alias: Int, _ aliases: AliasWords) -> Bool {
        var hits = AliasHits(WordList([word]), aliases: aliases)
        hits.workOut(0..<1, aliases: aliases)
        return hits.meets(0, [alias][...])
    }

    @Test(arguments: [
        ["kepala", "bagian", "pusat", "sekretaris", "staf", "tim", "kasubbag"],  // one byte per character: from the bytes
        ["kepala", "pusàt", "été", "staf", "k\u{212A}"],  // others: by `same`
        (0..<70).map { "kata\($0)" } + ["kepala", "pusat"],  // more than 64: rows of two words
    ])
    func marksAgreeWithSame(aliasTexts: [String]) {
        let aliases = AliasWords(aliasTexts.map(ActorMatcher.WordProfile.init))
        for word in Self.tricky + aliasTexts {
            for (index, alias) in aliasTexts.enumerated() {
                #expect(Self.marked(word, index, aliases) == ActorMatcher.same(alias, word),
                        "\(word.unicodeScalars.map(\.value)) ~ \(alias)")
            }
        }
    }

    @Test func sharedMemoMentionsAreFreshMentions() {
        let actors = ActorSlug.actors(named: ["Kepala Bagian Umum", "Kasubag Keuangan", "Staf", "Tim Kerja", "Camat"])
        let matcher = ActorMatcher(actors: actors, definitions: [])
        let activities = [
            "Kabag Umum menugaskan Kasubag Keuangan. Jika tidak sesuai, dikembalikan kepada Staf",
            "Tim menyerahkan berkas kepada Camat untuk persetujuan Camat",
            "Memeriksa **berkas** dan meneruskan ke Staf; bila salah kembali ke Kepala Bagian",
            "Kepala menerima é berkas dari Bidang", "", "...",
        ]
        for activity in activities {
            let clauses = ActivityClauses(activity)
            var mentions = ActivityMentions(clauses, matcher: matcher)
            for position in -1...clauses.words.count {
                #expect(mentions.mention(at: position, matcher: matcher) == matcher.mention(at: position, in: clauses.words.strings))
            }
            for clause in clauses.clauses {
                let words = Array(clauses.clauseWords.strings[clause.range])
                for start in 0...words.count {
                    #expect(mentions.firstMention(in: clause, from: start, within: 3, matcher: matcher)?.actor
                            == matcher.firstMention(in: words, from: start, within: 3)?.actor)
                }
            }
        }
    }

    @Test func clausesIndexTheirWords() {
        for activity in ["Menerima surat. Jika lengkap, meneruskan", "**Jika** tidak. Kembali ke Staf *a. b*", "é jika salah", ""] {
            let clauses = ActivityClauses(activity)
            #expect(clauses.clauses.flatMap { Array(clauses.clauseWords.strings[$0.range]) } == clauses.clauseWords.strings)
            if clauses.sharesWords { #expect(clauses.words == clauses.clauseWords) }
        }
    }

    @Test func durationRestFromBytesAsFromCharacters() {
        // The ASCII cell is read from its bytes, the other (é) by characters: the same words and "per".
        for (ascii, other) in [("2 Hari KERJA per OPD;", "2 Hari KERJA per OPD; é"), ("2 hari kerjanya PER  Bidang,", "2 hari kerjanya PER  Bidang, é"),
                               ("1 hari per", "1 hari per é"), ("3 jam\tper\tberkas", "3 jam\tper\tberkas é"), ("5 hari", "5 hari é")] {
            let a = DurationParser.parse(ascii).duration, b = DurationParser.parse(other).duration
            #expect(a?.workingDays == b?.workingDays, "\(ascii)")
            #expect(a?.per == b?.per || (a?.per == nil && b?.per == "é"), "\(ascii)")
        }
        #expect(DurationParser.parse("2 Hari KERJA per OPD;").duration?.per == "OPD")
        #expect(DurationParser.parse("2 Hari KERJA per OPD;").duration?.workingDays == true)
        #expect(DurationParser.parse("1 hari per").duration?.per == nil)
    }

    @Test func cellFirstByte() {
        #expect(CellText.firstByte("") == nil && CellText.firstByte(" \t\r\n") == nil)
        #expect(CellText.firstByte("\u{00A0}1") == 0xC2)
        #expect(CellText.firstByte("  7.") == UInt8(ascii: "7"))
        #expect(CellText.opensText(UInt8(ascii: "7")) && !CellText.opensText(UInt8(ascii: "<")) && !CellText.opensText(0xC2))
        #expect(StepNumber.parse(" 12. ") == 12 && StepNumber.parse("x12") == nil)
    }
}
