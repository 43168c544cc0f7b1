import Testing
@testable import SOPReader

@Suite struct LabelLineMatcherTests {
    private func match(_ text: String) -> LabelLine? { LabelLineMatcher.match(SourceLine(number: 1, text: text)) }

    @Test func fieldWithTabsAndColon() {
        #expect(match("NOMOR SOP\t:\t000.8/4638/ORG/2024") == .field(.number, value: "000.8/4638/ORG/2024"))
        #expect(match("Nomor SOP\t: 700/ /2024") == .field(.number, value: "700/ /2024"))
        #expect(match("Disahkan oleh\tSekretaris Daerah") == .field(.approvedBy, value: "Sekretaris Daerah"))
    }

    @Test func fieldWithEmptyValue() {
        #expect(match("Tanggal Pembuatan\t") == .field(.created, value: ""))
    }

    @Test func spellingVariantsAndParentheticals() {
        #expect(match("Tanggal Revisi (ditinjau kembali)\t1") == .field(.revised, value: "1"))
        #expect(match("TGL. EFEKTIF : 1 Mei 2020") == .field(.effective, value: "1 Mei 2020"))
        #expect(match("Tanggal Evektif : 1 Mei 2020") == .field(.effective, value: "1 Mei 2020"))
        #expect(match("Tanggal EFEKTIP\t1 Mei 2020") == .field(.effective, value: "1 Mei 2020"))
        #expect(match("Tanggal Pengesahan : -") == .field(.effective, value: "-"))
        #expect(match("Ditetapkan Oleh : Camat") == .field(.approvedBy, value: "Camat"))
        #expect(match("Nama SP : Pelayanan") == .field(.title, value: "Pelayanan"))
        #expect(match("Judul SOP\tPelayanan") == .field(.title, value: "Pelayanan"))
    }

    @Test func fieldLabelFollowedByItsValueWithoutSeparator() {
        #expect(match(" NAMA SOP Prosedur pengumpulan data") == .field(.title, value: "Prosedur pengumpulan data"))
    }

    @Test func sectionLabelsAloneInAnyCaseAndWithLostSpaces() {
        #expect(match("DASAR HUKUM :") == .sections([SectionHeading(kind: .legalBasis, inlineContent: nil)]))
        #expect(match("DasarHukum") == .sections([SectionHeading(kind: .legalBasis, inlineContent: nil)]))
        #expect(match("Keterikatan") == .sections([SectionHeading(kind: .relatedSops, inlineContent: nil)]))
        #expect(match("PERALATAN / PERLENGKAPAN :") == .sections([SectionHeading(kind: .equipment, inlineContent: nil)]))
        #expect(match("Penjelasan Singkat") == .sections([SectionHeading(kind: .summary, inlineContent: nil)]))
    }

    @Test func sectionsSideBySide() {
        #expect(match("Dasar Hukum :\tKualifikasi Pelaksana :") == .sections([
            SectionHeading(kind: .legalBasis, inlineContent: nil), SectionHeading(kind: .qualifications, inlineContent: nil),
        ]))
        #expect(match("PERINGATAN PENCATATAN / PENDATAAN") == .sections([
            SectionHeading(kind: .warnings, inlineContent: nil), SectionHeading(kind: .records, inlineContent: nil),
        ]))
    }

    @Test func sectionWithContentOnTheLabelLine() {
        #expect(match("Tujuan : Memberi pedoman") == .sections([SectionHeading(kind: .purpose, inlineContent: "Memberi pedoman")]))
    }

    @Test func ordinaryTextIsNoLabel() {
        #expect(match("Jika SOP tidak dilaksanakan akan berdampak : - tidak ada") == nil)
        #expect(match("1. Memahami aturan") == nil)
        #expect(match("PEMERINTAH KABUPATEN KLUNGKUNG") == nil)
        #expect(match("Tujuan dari kegiatan ini adalah") == nil)
    }
}
