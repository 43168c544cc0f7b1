import Testing
@testable import SOPReader

@Suite struct IdentityPageReaderTests {
    private func read(_ text: String) -> IdentityPage { IdentityPageReader.read(SourceText(text).lines) }

    @Test func letterheadUntilTheFirstLabel() {
        let page = read("""
        PEMERINTAH KOTA CONTOH
        DINAS KESEHATAN
        Jl. Merdeka No. 1 Telp. (021) 123
        BAGIAN UMUM
        Nomor SOP\t: 1/2020
        """)
        #expect(page.organization == ["PEMERINTAH KOTA CONTOH", "DINAS KESEHATAN", "BAGIAN UMUM"])
        #expect(page.address == ["Jl. Merdeka No. 1 Telp. (021) 123"])
        #expect(page.fields[.number]?.raw == "1/2020")
        #expect(page.diagnostics.isEmpty)
    }

    @Test func boldMarkupAroundLetterheadLines() {
        let page = read("**KECAMATAN CONTOH\nKABUPATEN CONTOH**\nNomor SOP\t: 1")
        #expect(page.organization == ["KECAMATAN CONTOH", "KABUPATEN CONTOH"])
    }

    @Test func sectionsCollectTheirLinesUntilTheNextLabel() {
        let page = read("Nama SOP\tX\nDasar Hukum\n\n- UU A\n- PP B\nTujuan\nMemberi pedoman\nNomor SOP\t1")
        #expect(page.sections[.legalBasis]?.map(\.text) == ["- UU A", "- PP B"])
        #expect(page.sections[.purpose]?.map(\.text) == ["Memberi pedoman"])
        #expect(page.sectionLines[.legalBasis] == 2)
    }

    @Test func sideBySideSectionsSplitTheirCells() {
        let page = read("""
        Nomor SOP\t1
        Keterkaitan :\tPeralatan/Perlengkapan :
        \t1. Komputer 2. ATK
        Peringatan :\tPencatatan dan Pendataan :
        Jika tidak dilaksanakan, terhambat\tDisimpan sebagai arsip
        """)
        #expect(page.sections[.relatedSops] == nil)
        #expect(page.sectionLines[.relatedSops] == 2)
        #expect(page.sections[.equipment]?.map(\.text) == ["1. Komputer 2. ATK"])
        #expect(page.sections[.warnings]?.map(\.text) == ["Jika tidak dilaksanakan, terhambat"])
        #expect(page.sections[.records]?.map(\.text) == ["Disimpan sebagai arsip"])
    }

    @Test func everyLineIsPlacedOrDiagnosed() {
        let page = read("PEMERINTAH X\nsebuah catatan lepas\nNomor SOP\t1\nteks tanpa bagian")
        #expect(page.diagnostics.map(\.code) == ["unplaced-text", "unplaced-text"])
        #expect(page.diagnostics.map(\.line) == [2, 4])
    }

    @Test func aRepeatedFieldKeepsTheFirstAndWarns() {
        let page = read("Nomor SOP\t1\nNomor SOP\t2")
        #expect(page.fields[.number]?.raw == "1")
        #expect(page.diagnostics.map(\.code) == ["duplicate-field"])
    }
}
