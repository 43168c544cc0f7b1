import Testing
@testable import SOPReader

@Suite struct ListItemParserTests {
    private func items(_ lines: [String]) -> [String] {
        ListItemParser.items(from: lines.enumerated().map { Fragment(text: $1, line: $0 + 1) }).map(\.text)
    }

    @Test func stripsEveryMarkerStyle() {
        #expect(items(["- 1 Perda A", "2. Perbup B", "- 3. UU C", "- PP D", "• Inpres E"])
            == ["Perda A", "Perbup B", "UU C", "PP D", "Inpres E"])
        #expect(items(["a. Komputer, printer;", "b. ATK;"]) == ["Komputer, printer", "ATK"])
    }

    @Test func splitsItemsRunTogetherOnOneLineOnlyAtTheNextNumber() {
        let got = items(["1. Perpres Nomor 29 Tahun 2014 tentang 3. Hal; 2. Permen Nomor 1 Tahun 2015 dan 3. Perda Nomor 2 Tahun 2016"])
        #expect(got == ["Perpres Nomor 29 Tahun 2014 tentang 3. Hal", "Permen Nomor 1 Tahun 2015 dan", "Perda Nomor 2 Tahun 2016"])
        #expect(items(["1. Komputer dan Kelengkapan 2. Alat Tulis Kantor"]) == ["Komputer dan Kelengkapan", "Alat Tulis Kantor"])
        #expect(items(["a. Map b. Kertas"]) == ["Map", "Kertas"])
    }

    @Test func keepsADashInsideTheText() {
        #expect(items(["Jika tidak dilaksanakan akan berdampak : - tidak ada pedoman"])
            == ["Jika tidak dilaksanakan akan berdampak : - tidak ada pedoman"])
    }

    @Test func ordersByPrintedNumberAndFillsGapsWithUnnumberedItems() {
        #expect(items(["- 1. UU", "- 5. Data", "- 2. IKU", "- Komputer", "- 3. LKj", "- 4. Pegawai"])
            == ["UU", "IKU", "LKj", "Pegawai", "Data", "Komputer"])
        #expect(items(["- Arsip Sub Bagian;", "- 2. Disimpan dalam file"]) == ["Arsip Sub Bagian", "Disimpan dalam file"])
    }

    @Test func keepsReadingOrderWhenNumbersRepeat() {
        #expect(items(["1. B", "2. C", "1. A"]) == ["B", "C", "A"])
    }

    @Test func readsAPipeTableRowByRowAndSortsByNumber() {
        let got = items(["- | | | |", "|---|---|", "| 1. Ruang | 3. Meja |", "| 2. Kursi | 4. Printer |"])
        #expect(got == ["Ruang", "Kursi", "Meja", "Printer"])
    }

    @Test func joinsLowerCaseContinuationLines() {
        #expect(items(["1. Jika tidak dilaksanakan maka terjadi kesulitan", "laporan kinerja.", "2. Sesuaikan"])
            == ["Jika tidak dilaksanakan maka terjadi kesulitan laporan kinerja.", "Sesuaikan"])
    }

    @Test func removesMarkupAndTrailingListPunctuation() {
        #expect(items(["e. Lemari arsip (*filling cabinet*) untuk dokumen ."]) == ["Lemari arsip (filling cabinet) untuk dokumen"])
        #expect(items(["- 4. Staf adalah Pelaksana.;"]) == ["Staf adalah Pelaksana."])
    }

    @Test func aPlainLineIsOneItem() {
        #expect(items(["Disimpan sebagai Arsip"]) == ["Disimpan sebagai Arsip"])
    }
}
