import Testing
import SOPModel
@testable import SOPReader

/// One small table per kind of damage sop-format.md lists for procedure tables.
@Suite struct TableDamageTests {
    static let header = "No.\tKegiatan\tPelaksana\t\tMutu Baku\t\t\tKeterangan\n\t\tKabag Umum\tStaf\tKelengkapan\tWaktu\tOutput\t\n"

    static func read(_ text: String, definitions: [Definition] = []) -> ProcedureReading {
        let source = SourceText(text)
        return ProcedureReader.read(ProcedureReader.locate(in: source), in: source, definitions: definitions)
    }

    static func steps(_ text: String) -> [Step] { read(text).procedures.first?.steps ?? [] }

    @Test func cellsDriftingRightAreAnchoredOnTheDuration() {
        let steps = Self.steps(Self.header + "1\tMenerima surat\t\t\tSurat\t5 Menit\tAgenda\t\n2\tMencatat surat\t\t\t\t\tAgenda\t10 Menit\tArsip\tsegera\n")
        #expect(steps.count == 2)
        #expect(steps[1].inputs == ["Agenda"] && steps[1].duration?.min == 10 && steps[1].outputs == ["Arsip"])
        #expect(steps[1].notes == "segera")
    }

    @Test func missingTrailingCellsLeaveFieldsEmpty() {
        let steps = Self.steps(Self.header + "1\tMenerima surat\t\t\tSurat\t5 Menit\n2\tMenandatangani surat\n")
        #expect(steps.map(\.number) == [1, 2])
        #expect(steps[0].outputs.isEmpty && steps[0].notes == nil && steps[0].duration?.min == 5)
        #expect(steps[1].duration == nil && steps[1].inputs.isEmpty)
    }

    @Test func secondHeaderRowOffsetFromTheFirst() {
        let text = "\tKEGIATAN\t\tPELAKSANA\tMUTU BAKU\t\t\t\nNo.\t\tKabag Umum\tStaf\tKelengkapan\tWaktu\tOutput\tKeterangan\n1\tMenerima surat\t\tv\tSurat\t5 Menit\tAgenda\t\n"
        let procedure = Self.read(text).procedures.first
        #expect(procedure?.actors.map(\.name) == ["Kabag Umum", "Staf"])
        #expect(procedure?.steps.first?.actors == ["staf"])
        #expect(procedure?.steps.first?.actorEvidence == .mark)
    }

    @Test func unnumberedRowsGetPreviousPlusOne() {
        let reading = Self.read(Self.header + "\tMenerima surat\t\t\tSurat\t5 Menit\tAgenda\t\n\tMencatat surat\t\t\tAgenda\t5 Menit\tArsip\t\n")
        #expect(reading.procedures.first?.steps.map(\.number) == [1, 2])
        #expect(reading.diagnostics.filter { $0.code == "step-unnumbered" }.map(\.line) == [3, 4])
    }

    @Test func numberingGapsAndRepeatsAreKeptAndReported() {
        let reading = Self.read(Self.header + "1\tA satu\t\t\tX\t1 Hari\tY\t\n4\tA empat\t\t\tX\t1 Hari\tY\t\n4\tA empat lagi\t\t\tX\t1 Hari\tY\t\n")
        #expect(reading.procedures.first?.steps.map(\.number) == [1, 4, 4])
        #expect(reading.diagnostics.contains { $0.code == "step-number-gap" && $0.line == 4 })
        #expect(reading.diagnostics.contains { $0.code == "step-number-duplicate" && $0.line == 5 })
    }

    @Test func columnIndexRowsAreSkipped() {
        let steps = Self.steps(Self.header + "1\t2\t3\t4\t5\t6\t7\t8\n1\tMenerima surat\t\t\tSurat\t5 Menit\tAgenda\t\n")
        #expect(steps.map(\.activity) == ["Menerima surat"])
    }

    @Test func headerRepeatedAfterPageMarkerContinuesTheProcedure() {
        let text = "SOP CONTOH PROSEDUR\n" + Self.header + "1\tMenerima surat\t\t\tSurat\t5 Menit\tAgenda\t\n\nHalaman 1 dari 2\n\n"
            + Self.header + "2\tMencatat surat\t\t\tAgenda\t5 Menit\tArsip\t\n"
        let reading = Self.read(text)
        #expect(reading.procedures.count == 1)
        #expect(reading.procedures.first?.title == "SOP CONTOH PROSEDUR")
        #expect(reading.procedures.first?.steps.map(\.number) == [1, 2])
    }

    @Test func newTitleStartsANewProcedure() {
        let text = "SOP PERTAMA\n" + Self.header + "1\tMenerima surat\t\t\tSurat\t5 Menit\tAgenda\t\n\nSOP KEDUA\n\n"
            + Self.header + "1\tMencatat surat\t\t\tAgenda\t5 Menit\tArsip\t\n"
        #expect(Self.read(text).procedures.map(\.title) == ["SOP PERTAMA", "SOP KEDUA"])
    }

    @Test func wrappedContinuationLineJoinsItsRow() {
        let steps = Self.steps(Self.header + "1\tMenerima surat dari\nseluruh OPD\t\t\tSurat\t5 Menit\tAgenda\t\n2\tMencatat\t\t\tAgenda\t5 Menit\tArsip\t\n")
        #expect(steps.count == 2)
        #expect(steps.first?.activity == "Menerima surat dari seluruh OPD")
        #expect(steps.first?.duration?.min == 5 && steps.first?.outputs == ["Agenda"])
    }

    @Test func shapeGlyphOutranksYaTidak() {
        let steps = Self.steps(Self.header + "1\tMemeriksa surat\tYa\t\\Diamond\tSurat\t5 Menit\tAgenda\t\n2\tMemeriksa lagi\tTidak\tYa\tSurat\t5 Menit\tAgenda\t\n")
        #expect(steps.map(\.actors) == [["staf"], ["staf"]])
        #expect(steps.allSatisfy { $0.actorEvidence == .mark })
    }

    @Test func unparseableDurationIsKeptWithADiagnostic() {
        let reading = Self.read(Self.header + "1\tMenerima surat\t\t\tSurat\tsecepatnya\tAgenda\t\n")
        #expect(reading.procedures.first?.steps.first?.duration?.text == "secepatnya")
        #expect(reading.diagnostics.contains { $0.code == "duration-unparsed" && $0.line == 3 })
    }

    @Test func strayTextInActorColumnsIsReported() {
        let reading = Self.read(Self.header + "1\tMenerima surat\tlihat lampiran surat\t\tSurat\t5 Menit\tAgenda\t\n")
        #expect(reading.diagnostics.contains { $0.code == "table-cell-unplaced" && $0.line == 3 })
    }

    @Test func markdownTableWithBoldHeaderAndBreaks() {
        let text = """
        | **No.** | **Uraian Kegiatan** | **Pelaksana** | | **Mutu Baku** | | | **Ket.** |
        |---|---|---|---|---|---|---|---|
        | | | **Kabag Umum** | **Staf** | **Persyaratan** | **Waktu** | **Output** | |
        | 1 | Menerima surat | | √ | Surat<br>Nota dinas | 5 Menit | Agenda | |
        """
        let procedure = Self.read(text).procedures.first
        #expect(procedure?.actors.map(\.id) == ["kabag-umum", "staf"])
        #expect(procedure?.steps.first?.inputs == ["Surat", "Nota dinas"])
        #expect(procedure?.steps.first?.actors == ["staf"])
    }

    @Test func alignedColumnsWithWrappedCellsAndBrokenActorNames() {
        let text = """
        No.  Kegiatan              Pelaksana             Mutu Baku
                                   Kepala      Staf      Kelengkapan  Waktu     Output
                                   Bagian
                                   Umum
        1    Menerima surat dari                         Surat        5 Menit   Agenda
             seluruh OPD                                 masuk                  surat

        2    Mencatat surat                    v         Agenda       2 Hari    Arsip
                                                                      Kerja
        """
        let reading = Self.read(text)
        #expect(reading.layout == .aligned)
        let procedure = reading.procedures.first
        #expect(procedure?.actors.map(\.name) == ["Kepala Bagian Umum", "Staf"])
        #expect(procedure?.steps.map(\.activity) == ["Menerima surat dari seluruh OPD", "Mencatat surat"])
        #expect(procedure?.steps.first?.inputs == ["Surat masuk"])
        #expect(procedure?.steps.last?.duration?.workingDays == true)
        #expect(procedure?.steps.last?.actors == ["staf"])
    }
}
