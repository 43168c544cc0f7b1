import Testing
@testable import SOPReader

@Suite struct ColumnDeinterleaverTests {
    private func split(_ lines: [String], _ kinds: [SectionKind]) -> [SectionKind: [String]] {
        let fragments = lines.enumerated().map { Fragment(text: $1, line: $0 + 1) }
        return ColumnDeinterleaver.split(fragments, into: kinds).mapValues { $0.map(\.text) }
    }

    @Test func cutsALineAtEveryListMarkerIncludingGluedAndOcrCommaOnes() {
        #expect(MarkedPiece.cut("3. 3.SOP Cuti Pegawai 3. Printer") == [
            MarkedPiece(number: 3, text: "SOP Cuti Pegawai"), MarkedPiece(number: 3, text: "Printer"),
        ])
        #expect(MarkedPiece.cut("5, Tahun 2010 tentang Disiplin") == [MarkedPiece(number: 5, text: "Tahun 2010 tentang Disiplin")])
        #expect(MarkedPiece.cut("Nilai 2.5 persen") == [MarkedPiece(number: nil, text: "Nilai 2.5 persen")])
    }

    @Test func pairsOnOneLineGoByContentAndPosition() {
        let got = split(["1. SOP Surat Masuk 1. Komputer", "2. SOP Disposisi 2. Scanner", "3. Meja"], [.relatedSops, .equipment])
        #expect(got[.relatedSops] == ["1. SOP Surat Masuk", "2. SOP Disposisi"])
        #expect(got[.equipment] == ["1. Komputer", "2. Scanner", "3. Meja"])
    }

    @Test func aNumberPrintedMidItemGoesBackToItsWrappedItem() {
        let got = split([
            "1. Undang-Undang Nomor 5 Tahun 2014 tentang ASN.",
            "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen",
            "2. Pegawai Negeri Sipil.",
            "Mengetahui tata naskah dinas.",
        ], [.legalBasis, .qualifications])
        #expect(got[.legalBasis] == [
            "1. Undang-Undang Nomor 5 Tahun 2014 tentang ASN.",
            "2. Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil.",
        ])
        #expect(got[.qualifications] == ["Mengetahui tata naskah dinas."])
    }

    @Test func lowerCaseLinesContinueTheOpenItemAndNumbersFollowTheirColumn() {
        let got = split([
            "1. Apabila SOP tidak dijalankan maka pelayanan",
            "akan terhambat.",
            "2. Laporkan kepada atasan",
            "Disimpan dalam arsip digital",
        ], [.warnings, .records])
        #expect(got[.warnings] == ["1. Apabila SOP tidak dijalankan maka pelayanan akan terhambat.", "2. Laporkan kepada atasan"])
        #expect(got[.records] == ["Disimpan dalam arsip digital"])
    }

    @Test func stackedLabelsWithTheirColumnsInterleavedOnAPage() throws {
        let document = try SOPParser.parse(text: """
        Nama SOP Pelayanan Cuti
        DASAR HUKUM

        KUALIFIKASI PELAKSANA
        1. Undang-Undang Nomor 5 Tahun 2014 tentang ASN.
        Memahami peraturan kepegawaian
        2. Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen PNS.
        Menguasai komputer
        """, path: "ocr.txt")
        #expect(document.legalBasis.map(\.number) == ["5", "11"])
        #expect(document.qualifications == ["Memahami peraturan kepegawaian", "Menguasai komputer"])
    }

    @Test func anEmptySectionAboveAnotherDoesNotStealItsItems() throws {
        let document = try SOPParser.parse(text: """
        Nama SOP\tPelayanan Cuti
        Keterkaitan

        Peralatan / Perlengkapan
        1. Formulir cuti
        2. Stempel
        """, path: "plain.txt")
        #expect(document.relatedSops.isEmpty)
        #expect(document.equipment == ["Formulir cuti", "Stempel"])
    }
}
