import Testing
import SOPModel
@testable import SOPReader

/// The byte-level fast paths of table reading (session 3) read as the `Character`-level code does:
/// each input is read once as it is and once with something that sends it the character way.
@Suite struct TableFastPathTests {
    @Test func listItemsFromBytesAsFromCharacters() {
        #expect(ListItems.split("Surat;  Disposisi  ,; Nota .") == ["Surat", "Disposisi", "Nota"])
        #expect(ListItems.split("Surat\t Masuk;;Nota Dinas,") == ["Surat Masuk", "Nota Dinas"])
        #expect(ListItems.split("") == [])
        #expect(ListItems.split(" ; ;, .") == [])
        // A CR makes the text two bytes per `Character` (CR LF): the characters are split instead.
        for text in ["Surat;  Disposisi  ,; Nota .", "a  b ;c\t,", "x ,;", "Nota ."] {
            #expect(ListItems.split(text + "\r") == ListItems.split(text), "\(text)")
        }
    }

    @Test func actorSlugFromBytesAsFromCharacters() {
        #expect(ActorSlug.slug("Kepala  Bagian (Umum)") == "kepala-bagian-umum")
        #expect(ActorSlug.slug(" - ") == "actor")
        #expect(ActorSlug.slug("Kabag\r\nUmum") == "kabag-umum")
        #expect(ActorSlug.slug("Kepala Bidang É") == "kepala-bidang-é")
    }

    @Test func durationNumbersFromBytesAsFromCharacters() {
        for (cell, low, high) in [("30 Menit", 30.0, 30.0), ("1,5 jam", 1.5, 1.5), ("2-3 hari", 2, 3), ("0030 menit", 30, 30),
                                  ("2 s/d 3 Hari Kerja", 2, 3), ("123456789012345 menit", 123_456_789_012_345, 123_456_789_012_345),
                                  ("1234567890123456789 jam", 1_234_567_890_123_456_789, 1_234_567_890_123_456_789)] {
            let bytes = DurationParser.parse(cell)
            let characters = DurationParser.parse(cell + " é")  // non-ASCII: scanned by characters
            #expect(bytes.duration?.min == low && bytes.duration?.max == high, "\(cell)")
            #expect(characters.duration?.min == low && characters.duration?.max == high, "\(cell)")
            #expect(DurationParser.looksLikeDuration(cell))
        }
        #expect(!DurationParser.looksLikeDuration("Surat Masuk"))
        #expect(!DurationParser.looksLikeDuration("30 lembar"))
        #expect(DurationParser.parse("٣ hari").understood == false)  // a digit of another script is no number
    }

    @Test func activityClausesFromBytesAsFromCharacters() {
        let activity = "Menerima surat.\r\nJika tidak lengkap dikembalikan kepada Kasubag; jika sesuai diteruskan"
        let clauses = ActivityClauses(activity)
        #expect(clauses.clauses.map(\.branch) == [.none, .no, .yes])
        #expect(clauses.words.strings == ActorMatcher.scanWords(activity))
        // The same sentences with a non-ASCII character are cut by characters: the same clauses.
        let accented = ActivityClauses(activity.replacingOccurrences(of: "Menerima", with: "Menerima é"))
        #expect(accented.clauses.map(\.branch) == [.none, .no, .yes])
        #expect(ActivityClauses("Memeriksa berkas. Bila benar, kembali ke Kabag").clauses.map(\.branch) == [.none, .yes])
        #expect(ActivityClauses("...").clauses.isEmpty)
    }

    @Test func wordSetOfOtherWordsIsAnOrdinarySet() {
        let words = ["café", "Jika", "k"]
        let set = Set(words)
        let wordSet = WordSet(words)
        for word in ["cafe\u{301}", "café", "jika", "Jika", "k", "K", "\u{212A}", ""] {
            #expect(wordSet.contains(word) == set.contains(word), "\(word.unicodeScalars.map(\.value))")
        }
    }
}
