import SOPModel
import Testing
@testable import SOPReader

/// The whole identity page through `SOPParser`, on a small document of our own that exercises each
/// behaviour once: letterhead and address, key/value fields, dates in several notations, the approver
/// split and its merge with the closing signature, sections in both layouts, definitions.
@Suite struct IdentityDocumentTests {
    static let text = """
    PEMERINTAH PROVINSI CONTOH
    BADAN KEPEGAWAIAN DAERAH
    Jl. Pahlawan No. 9 Telp. (0711) 123456

    No. SOP\t:\t800/12/BKD/2023
    Tgl. Pembuatan\t:\t04-09-2017
    Tanggal Revisi\t:\t2018-07-13
    Tanggal Evektif\t:\t10 FEBRUARI 2019
    Ditetapkan Oleh\t:\tKepala Badan Kepegawaian Daerah  <u>Drs. Budi Santoso, M.Si</u>
    Nama SP\t:\tPENERBITAN SURAT CUTI
    DasarHukum :\tKualifikasi Pelaksana :
    1. UU Nomor 5 Tahun 2014 tentang ASN; 2. PP Nomor II Tahun 2017 tentang Manajemen PNS\t1. Memahami peraturan cuti 2. Menguasai komputer
    Keterikatan
    - 1 SOP Pengarsipan
    Definisi
    - 1. BKD adalah Badan Kepegawaian Daerah;
    - 2. PNS : Pegawai Negeri Sipil

    No\tKegiatan\tPelaksana\t\tMutu Baku\t\t\tKet
    \t\tStaf\tKepala Badan\tKelengkapan\tWaktu\tOutput\t
    1\tMenerima permohonan cuti\t\t\tFormulir\t10 Menit\tBerkas\t
    2\tMenandatangani surat cuti\t\t\tBerkas\t1 Hari\tSurat Cuti\t

    Kepala Badan Kepegawaian Daerah,

    Drs. BUDI SANTOSO, M.Si
    Pembina Utama Muda (IV/c)
    NIP. 19700101 199003 1 001
    """

    @Test func readsEveryIdentityField() throws {
        let document = try SOPParser.parse(text: Self.text, path: "fixture.txt")
        #expect(document.organization == ["PEMERINTAH PROVINSI CONTOH", "BADAN KEPEGAWAIAN DAERAH"])
        #expect(document.address == "Jl. Pahlawan No. 9 Telp. (0711) 123456")
        let m = document.metadata
        #expect(m.number == "800/12/BKD/2023")
        #expect(m.title == "PENERBITAN SURAT CUTI")
        #expect(m.created == "2017-09-04")
        #expect(m.revised == "2018-07-13")
        #expect(m.effective == "2019-02-10")
        #expect(m.approvedBy == Approver(position: "Kepala Badan Kepegawaian Daerah", name: "Drs. Budi Santoso, M.Si",
                                         rank: "Pembina Utama Muda (IV/c)", nip: "197001011990031001"))
    }

    @Test func readsSectionsSideBySideAndRunTogether() throws {
        let document = try SOPParser.parse(text: Self.text, path: "fixture.txt")
        #expect(document.legalBasis.map(\.kind) == ["Undang-Undang", "Peraturan Pemerintah"])
        #expect(document.legalBasis.map(\.number) == ["5", "11"])
        #expect(document.legalBasis.map(\.year) == [2014, 2017])
        #expect(document.qualifications == ["Memahami peraturan cuti", "Menguasai komputer"])
        #expect(document.relatedSops == ["SOP Pengarsipan"])
        #expect(document.definitions == [Definition(term: "BKD", meaning: "Badan Kepegawaian Daerah"),
                                         Definition(term: "PNS", meaning: "Pegawai Negeri Sipil")])
        #expect(document.procedures.first?.steps.count == 2)
    }

    @Test func reportsTheSignatureThatDisagrees() throws {
        let document = try SOPParser.parse(text: Self.text, path: "fixture.txt")
        // The name is printed in capitals in the signature: not a disagreement.
        #expect(!document.diagnostics.contains { $0.code == "signature-mismatch" })
        let changed = Self.text.replacingOccurrences(of: "NIP. 19700101 199003 1 001", with: "NIP. 19700101 199003 1 002")
            .replacingOccurrences(of: "Ditetapkan Oleh\t:\tKepala Badan Kepegawaian Daerah  <u>Drs. Budi Santoso, M.Si</u>",
                                  with: "Ditetapkan Oleh\t:\tKepala Badan Kepegawaian Daerah  <u>Drs. Budi Santoso, M.Si</u> NIP. 197001011990031001")
        let other = try SOPParser.parse(text: changed, path: "fixture.txt")
        #expect(other.metadata.approvedBy.nip == "197001011990031001")
        #expect(other.diagnostics.filter { $0.code == "signature-mismatch" }.count == 1)
    }

    @Test func invalidDatesBecomeNullWithADiagnostic() throws {
        let text = Self.text.replacingOccurrences(of: "2018-07-13", with: "31 Februari 2018")
            .replacingOccurrences(of: "04-09-2017", with: "-")
        let document = try SOPParser.parse(text: text, path: "fixture.txt")
        #expect(document.metadata.created == nil)
        #expect(document.metadata.revised == nil)
        #expect(document.diagnostics.filter { $0.code == "invalid-date" }.map(\.line) == [7])
    }
}
