import Foundation
import Testing
@testable import SOPReader

/// The flattened structure readers' byte paths (a line's words as spans, label runs read from their
/// letters, the signature cue read from the bytes) agree with the string readings they replace.
@Suite struct FlattenedWordsTests {
    static let lines: [String] = FlattenedFastPathTests.tricky + [
        "Pelaksana Mutu Baku", "Kegiatan Kete rangan", "Kasat Sekreta | Kasubbag | Tim Kerja Kelengkapan Waktu Output",
        "No Uraian Kegiatan Pelaksana Kelengkapan Waktu Output Ket.", "Kegiatan\u{00A0}Waktu Output", "Kegiatan — Waktu",
        "<u>Kelengkapan</u> Waktu Output", "Wa\u{301}ktu Output Kegiatan", "KEGIATAN WAKTU OUTPUT", "Out put Wak tu Keg iatan",
        "Persyaratan Kelengkapan Jangka Waktu", "Kegiatan Wak\rtu Output", "x|Kegiatan|Waktu|Output|y", "\tKegiatan  Waktu\u{0B}Output ",
        String(repeating: "a", count: 70) + " Kegiatan", String(repeating: "Waktu ", count: 20), "Kegiatan \u{212A}et",
        "\u{7F}Kegiatan Waktu\u{1}", "K e g i a t a n", "Mutu Baku Mula Mula", "Kegiatan ﬁ Output",
        // Non-ASCII and markup bytes the byte cut reads or leaves to cleaning.
        "a\u{A0}\u{301}b", "é x", "x \u{301}", "x\u{A0}\u{301}", "Menyerahkan bahan — 1. Catatan", "kinerja, — | ] Laporan",
        "ja I_A:I ] J", "laporan <> Kinerja", "<u>x</u> y", "a__b c", "<B>x</B>", "<3 x", "_x_ y", "x<", "\u{A0}|x", "a\u{A0}|b",
        "x|\u{A0}", "<br/>Waktu", "<em>a", "</x> y", "< u", "a\u{600} b", "a \u{600}b", "\u{1F1EE} \u{1F1E9}", "x\u{200D} y",
        "ﬁ|x", "Kegiatan\u{A0}\u{A0} Waktu\u{A0}", "\u{A0}", "\u{A0}\u{301}", "\u{C2}\u{A9} ©x", "e\u{301}|", "a\r\nb",
    ]

    @Test func wordsAreTheCleanedWordsWithPipesApart() {
        for text in Self.lines {
            let reference = TextCleaning.clean(text.replacingOccurrences(of: "|", with: " | ")).split(separator: " ").map(String.init)
            let words = FlattenedWords(text)
            #expect(words.strings() == reference, "\(text.debugDescription)")
            #expect(words.count == reference.count)
            for index in reference.indices where index < words.count {
                #expect(words.string(index) == reference[index], "\(text.debugDescription)")
            }
        }
        #expect(FlattenedWords("").count == 0)
        #expect(FlattenedWords(" \t ").count == 0)
    }

    /// Every run of one to three words names the role the joined strings name.
    @Test func labelRunsAgreeWithTheStringReading() {
        for text in Self.lines {
            let words = FlattenedWords(text)
            let strings = words.strings()
            for start in strings.indices {
                for length in 1...3 where start + length <= strings.count {
                    #expect(FlattenedHeader.role(of: words, start..<(start + length))
                            == FlattenedHeader.role(named: strings[start..<(start + length)]),
                            "\(text.debugDescription) \(start) \(length)")
                }
            }
        }
        let header = FlattenedWords("Pelaksana Mutu Baku Kete rangan")
        #expect(FlattenedHeader.role(of: header, 0..<1) == .actors)
        #expect(FlattenedHeader.role(of: header, 1..<3) == .quality)
        #expect(FlattenedHeader.role(of: header, 3..<5) == .notes)
    }

    /// "kerja" and "per" after a Waktu are read as the lower-cased words were: by character.
    @Test func waktuSpansTakeKerjaAndPerAsLowerCased() {
        let cases: [([String], Range<Int>)] = [
            (["15", "Menit", "Kerja"], 0..<3), (["2", "Hari", "KERJA", "per", "OPD"], 0..<5), (["2", "Hari", "kerjaan"], 0..<3),
            (["2", "Hari", "Kerja\u{301}"], 0..<2), (["60", "Menit", "PER", "OPD"], 0..<4), (["60", "Menit", "Per\u{301}", "OPD"], 0..<2),
            (["1", "Jam", "\u{212A}erja"], 0..<3), (["1", "Jam", "perx", "y"], 0..<2), (["1", "Jam", "per"], 0..<2),
            (["1", "Jam", "kerj"], 0..<2), (["1", "Jam", "kerjaé"], 0..<3), (["1", "Jam", "P\u{212A}", "x"], 0..<2),
        ]
        for (words, span) in cases {
            #expect(FlattenedLine.durationSpan(in: words) == span, "\(words)")
        }
    }

    @Test func repeatedHeaderLines() {
        #expect(FlattenedHeader.isRepeatedHeaderLine(FlattenedWords("Kegiatan Kelengkapan Waktu Output")))
        #expect(FlattenedHeader.isRepeatedHeaderLine(FlattenedWords("Kegiatan | Waktu")))
        #expect(!FlattenedHeader.isRepeatedHeaderLine(FlattenedWords("Waktu Waktu")))
        #expect(FlattenedHeader.isRepeatedHeaderLine(FlattenedWords("Menerima surat Waktu Output")))  // as many other words as labels
        #expect(!FlattenedHeader.isRepeatedHeaderLine(FlattenedWords("Menerima surat masuk Waktu Output")))
        #expect(!FlattenedHeader.isRepeatedHeaderLine(FlattenedWords("")))
    }

    /// `isPageMarker` as it read every line before the first word was checked on the bytes.
    static func pageMarkerReference(_ line: String) -> Bool {
        let text = TextCleaning.collapseWhitespace(line.replacingOccurrences(of: "|", with: " ")).lowercased()
        guard !text.isEmpty, text.count <= 40 else { return false }
        let words = text.split(separator: " ").map(String.init)
        if let first = words.first, ["halaman", "hal", "hal.", "page", "hlm", "hlm."].contains(first) {
            let rest = words.dropFirst().filter { !["dari", "of", "/"].contains($0) }
            return !rest.isEmpty && rest.allSatisfy { $0.allSatisfy(\.isNumber) || isFraction($0) }
        }
        let stripped = text.filter { !$0.isWhitespace }
        let frames: [(Character, Character)] = [("~", "~"), ("-", "-"), ("[", "]"), ("(", ")"), ("—", "—"), ("–", "–")]
        for (open, close) in frames where stripped.count >= 3 && stripped.first == open && stripped.last == close {
            let inner = stripped.dropFirst().dropLast()
            if !inner.isEmpty, inner.allSatisfy(\.isNumber) { return true }
        }
        return false
        func isFraction(_ word: String) -> Bool {
            let parts = word.split(separator: "/")
            return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
        }
    }

    @Test func pageMarkersAgreeWithTheFullReading() {
        let lines = ["Halaman 2 dari 3", "Hal. 2", "Page 2 of 3", "hlm. 4", "HLM 5/6", "| Halaman | 2 |", "Hal|2", "Halaman\u{A0}2",
                     "Hal\u{301} 2", "Hal.\u{301} 2", "Pelaksana", "Page", "paraf r", "Hal 2\u{301}", "\tPage\t3", "Ha\u{212A} 2",
                     "hal\u{0E} 2", "hal\u{0E}", "Halaman 2 dari 3 lagi", "~ 2 ~", "- 2 -", "Hlm.|\u{301}2", "Page 1 of 2\r\n", "Pa ge 1"]
        for line in lines + Self.lines {
            #expect(PageMarker.isPageMarker(line) == Self.pageMarkerReference(line), "\(line.debugDescription)")
        }
    }

    @Test func signatureCuesAgreeWithTheCleanedLowerCasedLine() {
        let cues = ["nip", "ditetapkan di", "pada tanggal"]
        let lines = ["NIP. 19700101", "nip", "Nip", "  NIP 1", "\tDitetapkan di Bandung", "Ditetapkan  \t di", "Ditetapkan\u{00A0}di",
                     "Ditetapkan di\u{301}", "Ditetapkan dix", "Pada tanggal 1 Mei", "PADA TANGGAL", "Pada tanggal\u{301}", "pada tanggalé",
                     "Pada tangga", "NI*P*", "**NIP**", "<b>NIP</b>", "N\u{212A}P", "Dite\u{212A}apkan di", "Ditetap\u{212A}an di", "\u{00A0}NIP",
                     "NIP\u{301}", "NIPé", "nip_x", "nip<", "nix", "Kegiatan", "", " ", "Ditetapkan", "Ditetapkan di", "ditetapkan\r\ndi",
                     "Pada\r\ntanggal", "N", "NIPPON", "İNIP", "Pada tanggal ﬁ"]
        for line in lines {
            let lower = TextCleaning.clean(line).lowercased()
            #expect(FlattenedTableLocator.opensSignature(line) == cues.contains { lower.hasPrefix($0) }, "\(line.debugDescription)")
        }
    }
}
