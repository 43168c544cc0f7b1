import Testing
import SOPModel
@testable import SOPReader

/// Raw OCR tables whose columns were lost: one small fixture per kind of damage.
@Suite struct FlattenedTableTests {
    static let header = """
    Pelaksana Mutu Baku
    Kegiatan Kete rangan
    Kabag Sekreta | Staf Kelengkapan Waktu Output
    ris

    """

    static func read(_ text: String) -> ProcedureReading {
        let source = SourceText(text)
        return ProcedureReader.read(ProcedureReader.locate(in: source), in: source, definitions: [])
    }

    static func steps(_ body: String) -> [Step] { read(header + body).procedures.first?.steps ?? [] }

    @Test func headerActorNamesAreSplitAndFragmentsRejoined() {
        let reading = Self.read(Self.header + "Menerima surat 1. Surat masuk 5 Menit Agenda\n")
        #expect(reading.layout == .flattened)
        #expect(reading.procedures.first?.actors.map(\.name) == ["Kabag", "Sekretaris", "Staf"])
        #expect(ActorNameSplitter.names(words: ["Kepala", "Bagian", "Umum", "|", "Tim", "Kerja", "Admin"], fragments: [])
            == ["Kepala Bagian Umum", "Tim Kerja", "Admin"])
    }

    @Test func wrappedRowsAreJoinedAndSplitIntoColumns() {
        let steps = Self.steps("""
        Menugaskan Sekretaris 1. Perjanjian kinerja, 15 Menit Disposisi
        untuk menyusun laporan Rencana aksi
        data kinerja setiap
        triwulan
        Menyusun laporan Disposisi 2 Hari Kerja Laporan
        kinerja

        """)
        #expect(steps.count == 2)
        #expect(steps.first?.activity == "Menugaskan Sekretaris untuk menyusun laporan data kinerja setiap triwulan")
        #expect(steps.first?.inputs == ["Perjanjian kinerja, Rencana aksi"])
        #expect(steps.first?.outputs == ["Disposisi"])
        #expect(steps.last?.activity == "Menyusun laporan kinerja")
        #expect(steps.last?.duration?.workingDays == true && steps.last?.duration?.min == 2)
    }

    @Test func listNumbersGoToTheColumnWhoseNumberingTheyContinue() {
        let steps = Self.steps("""
        Mengarahkan Tim untuk 1. Disposisi 15 Menit 1. Catatan
        mengumpulkan bahan 2. Perjanjian kinerja Pembagian tugas
        laporan kinerja
        2. Data Kinerja

        """)
        #expect(steps.count == 1)
        #expect(steps.first?.inputs == ["Disposisi", "Perjanjian kinerja"])
        #expect(steps.first?.outputs == ["Catatan Pembagian tugas", "Data Kinerja"])
        #expect(steps.first?.activity == "Mengarahkan Tim untuk mengumpulkan bahan laporan kinerja")
    }

    @Test func noiseGlyphsAreDroppedAndMarkColumnBoundaries() {
        let steps = Self.steps("""
        Membuat laporan data v Draf Laporan dan 5Jam Data laporan
        kinerja [ Kinerja
        Mengoreksi laporan <> Konsep laporan 1Jam | Hasil koreksi
        kinerja —| ] Laporan Kinerja

        """)
        #expect(steps.count == 2)
        #expect(steps.first?.activity == "Membuat laporan data kinerja")
        #expect(steps.first?.inputs == ["Draf Laporan dan Kinerja"])
        #expect(steps.last?.activity == "Mengoreksi laporan kinerja")
        #expect(steps.last?.outputs == ["Hasil koreksi Laporan Kinerja"])
        #expect(OCRNoise.isNoise("v") && OCRNoise.isNoise("[j") && OCRNoise.isNoise("I_A:I") && OCRNoise.isNoise("ﬁ"))
        #expect(!OCRNoise.isNoise("1.") && !OCRNoise.isNoise("(LKj)") && !OCRNoise.isNoise("kinerja,"))
    }

    @Test func durationsAnchorRowsAndASecondDurationIsNoNewRow() {
        let steps = Self.steps("""
        Menerima berkas Surat 30 Menit Agenda
        dari pemohon
        Diteruskan kepada Kabag Agenda 1 Hari Disposisi
        Memeriksa berkas Disposisi 3 - 5 Hari Hasil periksa
        paling lama 2 Hari

        """)
        #expect(steps.map(\.number) == [1, 2, 3])
        #expect(steps.map { $0.duration?.max } == [30, 1, 5])
        #expect(steps.first?.activity == "Menerima berkas dari pemohon")
    }

    @Test func aRowPrintedColumnByColumnIsReadAsBlocks() {
        let steps = Self.steps("""
        Mendokumentasikan
        laporan kinerja.

        Laporan Kinerja

        5Jam
        untuk menyusun

        Laporan triwulan

        """)
        #expect(steps.count == 1)
        #expect(steps.first?.activity == "Mendokumentasikan laporan kinerja.")
        #expect(steps.first?.inputs == ["Laporan Kinerja"])
        #expect(steps.first?.duration?.text == "5Jam untuk menyusun")
        #expect(steps.first?.outputs == ["Laporan triwulan"])
    }

    @Test func stepNumbersOpenRowsEvenBeforeANamedActor() {
        let steps = Self.steps("""
        1 Kabag menugaskan Staf Surat 10 Menit Disposisi
        2 | Staf menyusun konsep Disposisi 1 Jam Konsep
        surat

        """)
        #expect(steps.map(\.number) == [1, 2])
        #expect(steps.last?.activity == "Staf menyusun konsep surat")
    }

    @Test func tabbedDocumentsAreNotReadAsFlattened() {
        let source = SourceText("No.\tKegiatan\tPelaksana\tMutu Baku\n\t\tStaf\tKelengkapan\tWaktu\tOutput\n1\tMenerima\tv\tSurat\t5 Menit\tAgenda\n")
        #expect(ProcedureReader.locate(in: source).map(\.layout) == [.tabbed])
    }

    @Test func verbsOpenStepsButLookalikeNounsDoNot() {
        #expect(ActivityVerb.opensStep("Menugaskan") && ActivityVerb.opensStep("Diteruskan"))
        #expect(!ActivityVerb.opensStep("Menit") && !ActivityVerb.opensStep("Disposisi") && !ActivityVerb.opensStep("menugaskan"))
    }
}
