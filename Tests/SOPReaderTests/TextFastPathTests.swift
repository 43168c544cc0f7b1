import Foundation
import Testing
@testable import SOPReader

/// The byte-level text helpers agree with the Foundation and `Character` code they replaced, on
/// tricky input: non-ASCII letters, combining marks next to markup, NBSP, CR, empty and long text.
@Suite struct TextFastPathTests {
    static let tricky = [
        "", " ", "\t", "plain text", "  two  spaces  ", "Nomor SOP : 1/2/2024", "x<U>y</U>z", "<<u>b>",
        "a<u>\u{301}b", "a**\u{301}b", "a*\u{301}*b", "e\u{301}<u>x</u>", "**bold** and *em* and * lone",
        "*a *b* c*", "__x__", "a<br/>b<BR />c<br>d", "<strong>N</strong>ama\u{00A0}SOP", "\u{00A0}x\u{00A0}",
        "tab\there", "café  crème", "\u{2003}em space\u{2003}", "CR\r\nLF", "*\r\n*", "ab<U>\u{200D}c",
        "a *x\u{301}* b", "kata tanpa akhir " + String(repeating: "kata tanpa akhir ", count: 2_000),
        " \u{301}lead", "a \u{301} b", "a :\u{301} b", "Dasar\u{00A0}Hukum : x", "<em>x</em><i>y</i><b>z</b>",
        "\u{200B}x\u{200B}", "Nama SOP\u{200B}", "a**\u{200C}b**", "**\u{200C}KATA", "a**\u{0903}b",
    ]

    /// `WordBytes.equal` agrees with `elementsEqual` on every pair of the tricky texts (their bytes, and
    /// every prefix length around the eight-byte steps), and on long runs differing in one byte.
    @Test func byteRangesCompareAsElementsEqual() {
        let texts = Self.tricky.map { Array($0.utf8) } + [Array("ya".utf8), Array("Ya".utf8), Array("tidaklengkap".utf8)]
        for a in texts {
            for b in texts {
                a.withUnsafeBufferPointer { left in
                    b.withUnsafeBufferPointer { right in
                        #expect(WordBytes.equal(left, right) == a.elementsEqual(b))
                        #expect(WordBytes.equal(a, right) == a.elementsEqual(b))
                    }
                }
            }
        }
        let long = Array(String(repeating: "kata tanpa akhir ", count: 100).utf8)
        for index in stride(from: 0, to: long.count, by: 7) {
            var other = long
            other[index] ^= 0x01
            for count in [index, index + 1, min(long.count, index + 9)] {
                long[..<count].withUnsafeBufferPointer { left in
                    other[..<count].withUnsafeBufferPointer { right in
                        #expect(WordBytes.equal(left, right) == long[..<count].elementsEqual(other[..<count]))
                    }
                }
            }
        }
        #expect(WordBytes.equal(UnsafeBufferPointer(start: nil, count: 0), UnsafeBufferPointer(start: nil, count: 0)))
    }

    /// `TextCleaning.clean` is idempotent on text it leaves without a `*`: cleaning a cleaned text changes
    /// nothing. With stars it is not (a text can clean to `*a b c*`, which cleans again to `a b c`), so
    /// `DurationParser.opensWithDuration` keeps cleaning the cleaned Waktu cell again. Checked on the
    /// tricky texts, on every line and tab cell of the fixtures, and on those damaged the way the mutants
    /// are (combining marks, NBSP, markup, CR, zero-width characters and tabs spliced in every eighth byte).
    @Test func cleaningACleanedTextWithoutStarsChangesNothing() throws {
        var texts = Self.tricky
        for fixture in ["klungkung.txt", "lamandau.txt", "lamandau-markdown.md", "klungkung-aligned.txt"] {
            let url = try #require(Bundle.module.url(forResource: fixture, withExtension: nil, subdirectory: "Fixtures"))
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
                texts.append(String(line))
                texts.append(contentsOf: line.split(separator: "\t").map(String.init))
            }
        }
        let damage = ["\u{301}", "\u{00A0}", "<u>", "</b>", "**", "_", "\r", "\u{200B}", "\t", "  ", "<br>", " \u{308}", "*"]
        var damaged: [String] = []
        for (index, text) in texts.enumerated() where !text.isEmpty {
            let piece = damage[index % damage.count]
            var bytes = Array(text.utf8)
            for offset in stride(from: bytes.count / 2, to: bytes.count, by: 8).reversed() { bytes.insert(contentsOf: piece.utf8, at: offset) }
            damaged.append(String(decoding: bytes, as: UTF8.self))
            damaged.append(piece + text + piece)
        }
        for text in texts + damaged {
            let once = TextCleaning.clean(text)
            if once.utf8.contains(UInt8(ascii: "*")) { continue }
            #expect(TextCleaning.clean(once) == once, "\(text.debugDescription)")
        }
        #expect(TextCleaning.clean("*a b c*") == "a b c")
    }

    /// `SpaceSeparated.words` (now `ASCIIText.words(in:)` as Strings) splits as `split(separator: " ")`.
    @Test func spaceSeparatedWordsSplitAsCharacters() {
        let seams = ["a \u{301}b", "a\u{301} b", "\u{0600} x", "x \u{0903}", "\u{00A0} \u{00A0}", " ", "", "   a   "]
        for text in Self.tricky + seams {
            #expect(SpaceSeparated.words(text) == text.split(separator: " ").map(String.init), "\(text.debugDescription)")
        }
    }

    /// What `TextCleaning.clean` gave before it read bytes: Foundation's replacements.
    static func foundationClean(_ text: String) -> String {
        var s = text
        if s.contains("<") {
            for tag in ["<u>", "</u>", "<b>", "</b>", "<i>", "</i>", "<strong>", "</strong>", "<em>", "</em>"] {
                s = s.replacingOccurrences(of: tag, with: "", options: .caseInsensitive)
            }
            for br in ["<br>", "<br/>", "<br />"] {
                s = s.replacingOccurrences(of: br, with: " ", options: .caseInsensitive)
            }
        }
        s = s.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        let chars = Array(s)
        var out = ""
        var i = 0
        while i < chars.count {
            if chars[i] == "*", i + 1 < chars.count, !chars[i + 1].isWhitespace,
               let close = chars[(i + 1)...].firstIndex(of: "*"), close > i + 1, !chars[close - 1].isWhitespace {
                out.append(contentsOf: chars[(i + 1)..<close])
                i = close + 1
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return TextCleaning.collapseWhitespace(out)
    }

    @Test(arguments: tricky) func cleanAgreesWithFoundation(_ text: String) {
        #expect(TextCleaning.clean(text) == Self.foundationClean(text))
    }

    @Test(arguments: tricky) func trimSpacesAgreesWithFoundation(_ text: String) {
        #expect(TextCleaning.trimSpaces(text) == text.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: tricky) func wordsAgreeWithCharacterSplit(_ text: String) {
        let sub = Substring(text)
        for maxSplits in [1, 2, 5, Int.max] {
            #expect(ASCIIText.words(in: sub, maxSplits: maxSplits)
                    == sub.split(separator: " ", maxSplits: maxSplits, omittingEmptySubsequences: true))
        }
        #expect(ASCIIText.wordsJoined(sub) == sub.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "))
    }

    @Test(arguments: tricky) func firstColonAgreesWithCharacterSearch(_ text: String) {
        let sub = Substring(text)
        #expect(ASCIIText.firstIndex(ofCharacter: UInt8(ascii: ":"), in: sub) == sub.firstIndex(of: ":"))
        #expect(ASCIIText.firstIndex(ofCharacter: UInt8(ascii: "<"), in: sub) == sub.firstIndex(of: "<"))
    }

    @Test func editDistanceAgreesWithTheFullTable() {
        let words = ["", "a", "ab", "ba", "abc", "acb", "nomorsop", "nomrsop", "nomorsp", "onmorsop", "nomorsopx",
                     "pencatatandanpendataan", "pencatatanpendataan", "pencatatandanpendatan", "café", "cafe", "caf\u{301}e",
                     "kualifikasipelaksana", "kualifikasipelaksaan", "kualifkasipelaksna"]
        for a in words {
            for b in words {
                let distance = Self.osaDistance(Array(a), Array(b))
                for limit in 0...3 {
                    #expect(EditDistance.atMost(limit, a, b) == (distance <= limit), "\(a) \(b) \(limit)")
                }
            }
        }
    }

    /// Optimal-string-alignment distance, the whole table.
    static func osaDistance(_ x: [Character], _ y: [Character]) -> Int {
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[x.count][y.count]
    }

    @Test func labelsAreFoundOnTheASCIIAndTheUnicodePath() {
        let cases: [(String, IdentityLabel?)] = [
            ("Nomor SOP", .field(.number)), ("NOMOR  S.O.P", .field(.number)), ("Nomr SOP", .field(.number)),
            ("Nómor SOP", .field(.number)), ("Tanggal Pembuatn", .field(.created)), ("Nama SOP (baru)", .field(.title)),
            ("Pencatatan dan Pendatan", .section(.records)), ("Kualifkasi Pelaksna", .section(.qualifications)),
            ("Dasar\u{00A0}Hukum", .section(.legalBasis)), ("Tujuan", .section(.purpose)), ("Tujuann", .section(.purpose)), ("Tujua", nil),
            ("Kegiatan", nil), ("", nil), (String(repeating: "nomor sop ", count: 10), nil),
        ]
        for (phrase, expected) in cases {
            var memo = IdentityLabelCatalog.Memo()
            #expect(IdentityLabelCatalog.label(for: phrase, memo: &memo) == expected, "\(phrase)")
        }
    }

    /// The ASCII pass and the general one classify alike: a trailing NBSP is neither letter nor cue.
    @Test func letterheadClassesAgreeOnBothPaths() {
        let lines = ["PEMERINTAH KABUPATEN CONTOH", "Jl. Merdeka No. 1 Telp. (0361) 21", "Standar Operasional Prosedur",
                     "Dinas Kesehatan kota", "email: a@b.id", "www.contoh.go.id", "Nama SOP", "", "dinas kecil",
                     "X", "Kabupaten", "Pos", "WWW.CONTOH.GO.ID", "STANDAR OPERASIONAL PROSEDUR dinas", "Sekretariatan daerah",
                     "E-MAIL bagian", "Kementerian agama", "kementeriankementerian agama", "HTTP contoh"]
        for line in lines {
            #expect(LetterheadClassifier.classify(line) == LetterheadClassifier.classify(line + "\u{00A0}"), "\(line)")
        }
        #expect(LetterheadClassifier.classify("Jl. Merdeka") == .address)
        #expect(LetterheadClassifier.classify("PEMERINTAH KABUPATEN") == .organization)
        #expect(LetterheadClassifier.classify("dinas pendidikan") == .organization)
        // Cues in any case, and the first word compared whole, however long it is.
        #expect(LetterheadClassifier.classify("Laman WWW.Contoh.go.id") == .address)
        #expect(LetterheadClassifier.classify("Standar OPERASIONAL prosedur dinas") == .other)
        #expect(LetterheadClassifier.classify("kementerian agama") == .organization)
        #expect(LetterheadClassifier.classify("kementeriankementerian agama") == .other)
        #expect(LetterheadClassifier.classify(String(repeating: "kata tanpa akhir ", count: 10_000)) == .other)
    }
}
