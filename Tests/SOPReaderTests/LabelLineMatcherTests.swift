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

/// `PlainLabelLine` (the byte reading of plain lines) agrees with the `Character` reading.
@Suite struct PlainLabelLineTests {
    static let lines = [
        "NOMOR SOP\t:\t000.8/4638/ORG/2024", "Nomor SOP\t: 700/ /2024", "Disahkan oleh\tSekretaris Daerah", "Tanggal Pembuatan\t",
        "Tanggal Revisi (ditinjau kembali)\t1", "TGL. EFEKTIF : 1 Mei 2020", "Tanggal Evektif : 1 Mei 2020",
        "Tanggal EFEKTIP\t1 Mei 2020", "Tanggal Pengesahan : -", "Ditetapkan Oleh : Camat", "Nama SP : Pelayanan",
        "Judul SOP\tPelayanan", " NAMA SOP Prosedur pengumpulan data", "NAMA  SOP   Prosedur   pengumpulan  data  ",
        "DASAR HUKUM :", "DasarHukum", "Keterikatan", "PERALATAN / PERLENGKAPAN :", "Penjelasan Singkat",
        "Dasar Hukum :\tKualifikasi Pelaksana :", "PERINGATAN PENCATATAN / PENDATAAN", "Tujuan : Memberi pedoman",
        "Jika SOP tidak dilaksanakan akan berdampak : - tidak ada", "1. Memahami aturan", "PEMERINTAH KABUPATEN KLUNGKUNG",
        "Tujuan dari kegiatan ini adalah", "Tujuan\t:\tMemberi\t\tpedoman  kerja", "Tujuan\t\t", "\t\tDasar Hukum\t: x\t:: y",
        "Dasar Hukum\tPeralatan\tCatatan", "Dasar Hukum\tTujuan : a\t: b", "Dasar Hukum :\t:", "Nomor SOP\t:\t\t: x :\ty",
        "Nomor   SOP  : x", "Nomor SOP  :x", ":Nomor SOP", " : ", "\t", "", "Peralatan & Perlengkapan", "Definisi Istilah",
        "A B C D E F G H", "Tujuan Tujuan Tujuan Tujuan Tujuan Tujuan Tujuan Tujuan", "Tujuan Tujuan Tujuan Tujuan Tujuan Tujuan Tujuan Tujuan Tujuan",
        "Tujuan/Peringatan:Pencatatan&Definisi", "Tanggal Efektif (x) 1 Mei", "Tanggal (Efektif) 1 Mei", "Nomor SOP (x : y",
        String(repeating: "Nomor SOP ", count: 10), "Nomor SOP : " + String(repeating: "x", count: 100),
        String(repeating: " ", count: 60) + "Tujuan", "Tujuan" + String(repeating: " ", count: 70) + ":", "Tanggal Pembuatan 1 Mei 2020 dan seterusnya",
        "Kualifikasi Pelaksana\tPeralatan/Perlengkapan", "Peringatan\tPencatatan dan Pendataan :\tx",
    ]

    @Test(arguments: lines) func bytesAgreeWithCharacters(_ text: String) {
        var copy = text
        let plain = copy.withUTF8 { PlainLabelLine.isPlain($0) }
        #expect(plain)
        #expect(LabelLineMatcher.match(SourceLine(number: 1, text: text)) == LabelLineMatcher.matchByCharacters(text), "\(text.debugDescription)")
    }

    @Test func otherLinesAreNotPlain() {
        for text in ["Nomor\u{A0}SOP : x", "**Nomor SOP** : x", "Nomor_SOP", "<b>Tujuan</b>", "Tujuan\r", "Tujuan\u{7F}", "Tujuan\u{B}", "Tújuan"] {
            var copy = text
            #expect(!copy.withUTF8 { PlainLabelLine.isPlain($0) }, "\(text.debugDescription)")
        }
    }
}
