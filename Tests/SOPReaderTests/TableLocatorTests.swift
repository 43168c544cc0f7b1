import Testing
import SOPModel
@testable import SOPReader

@Suite struct TableLocatorTests {
    static let document = """
    PEMERINTAH KABUPATEN CONTOH
    Nama SOP\t: PENGARSIPAN SURAT
    - 1. Staf adalah Pelaksana pada Bagian Umum

    SOP PENGARSIPAN SURAT MASUK

    No.\tKegiatan\tPelaksana\t\tMutu Baku\t\t\tKeterangan
    \t\tKasubag Umum\tStaf\tKelengkapan\tWaktu\tOutput\t
    1\tMenerima surat\t\t\tSurat\t5 Menit\tSurat\t
    2\tMencatat surat\t\t\tSurat\t10 Menit\tAgenda\t

    Halaman 1 dari 2

    No.\tKegiatan\tPelaksana\t\tMutu Baku\t\t\tKeterangan
    \t\tKasubag Umum\tStaf\tKelengkapan\tWaktu\tOutput\t
    3\tMenyimpan surat\t\t\tAgenda\t5 Menit\tArsip\t

    SOP PEMINJAMAN ARSIP

    No.\tKegiatan\tPelaksana\t\tMutu Baku\t\t\tKeterangan
    \t\tKasubag Umum\tStaf\tKelengkapan\tWaktu\tOutput\t
    1\tMenerima permintaan\t\t\tNota\t5 Menit\tNota\t

    Kepala Bagian Umum,
    NIP. 197001011990031001
    """

    @Test func regionsCoverTitleHeadersRowsAndPageBreaksOnly() {
        let regions = ProcedureReader.locate(in: SourceText(Self.document))
        #expect(regions == [TableRegion(lines: 5...16, layout: .tabbed, headerLines: [7, 8, 14, 15]),
                            TableRegion(lines: 18...22, layout: .tabbed, headerLines: [20, 21])])
    }

    @Test func definitionListAboveHeaderIsNoTitle() {
        let text = "- 4. Staf adalah Pelaksana\n\nNo.\tKegiatan\tPelaksana\tMutu Baku\n\t\tStaf\tKelengkapan\tWaktu\tOutput\n1\tMenerima\tv\tSurat\t5 Menit\tSurat\n"
        #expect(ProcedureReader.locate(in: SourceText(text)) == [TableRegion(lines: 3...5, layout: .tabbed, headerLines: [3, 4])])
    }

    @Test func rawOCRWithoutColumnsIsClaimedAsFlattenedNotAligned() {
        let ocr = """
        Pelaksana Mutu Baku
        Kegiatan Kete rangan
        Kasat Sekreta | Kasubbag | Tim Kerja Kelengkapan Waktu Output
        Menugaskan  Sekretaris 1. Perjanjian kinerja, 15 Menit Disposisi
        """
        let text = SourceText(ocr)
        let regions = ProcedureReader.locate(in: text)
        #expect(regions == [TableRegion(lines: 1...4, layout: .flattened, headerLines: [])])
        #expect(ProcedureReader.read(regions, in: text, definitions: []).procedures.first?.steps.map(\.activity) == ["Menugaskan Sekretaris"])
    }
}
