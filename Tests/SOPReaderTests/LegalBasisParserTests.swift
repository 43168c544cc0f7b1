import Testing
import SOPModel
@testable import SOPReader

@Suite struct LegalBasisParserTests {
    /// The Dasar Hukum texts of the five gold files with their expected kind, number and year.
    @Test(arguments: [
        ("Perda Kabupaten Klungkung Nomor 9 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah.", "Peraturan Daerah", "9", 2016),
        ("Peraturan Menteri Pemberdayaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu Atas Laporan Kinerja Instansi Pemerintah", "Peraturan Menteri", "53", 2014),
        ("Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah, Tata Cara Evaluasi Rancangan Peraturan Daerah Tentang Rencana Pembangunan Jangka Panjang Daerah Dan Rencana Pembangunan Jangka Menengah Daerah, Serta Tata Cara Perubahan Rencana Pembangunan Jangka Panjang Daerah, Rencana Pembangunan Jangka Menengah Daerah, Dan Rencana Kerja Pemerintah Daerah.", "Peraturan Menteri", "86", 2017),
        ("Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;", "Peraturan Presiden", "29", 2014),
        ("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan", "Peraturan Menteri", "53", 2014),
        ("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 12 Tahun 2015 tentang Pedoman Evaluasi atas Implementasi Sistem", "Peraturan Menteri", "12", 2015),
        ("Peraturan Daerah Kabupaten Purbalingga Nomor 12 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah Kabupaten Purbalingga;", "Peraturan Daerah", "12", 2016),
        ("Peraturan Bupati Purbalingga Nomor 100 Tahun 2016 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Kecamatan di Kabupaten Purbalingga.", "Peraturan Bupati", "100", 2016),
        ("Peraturan Pemerintah Republik Indonesia Nomor 72 Tahun 2019 Tentang Perubahan Atas Peraturan Pemerintah Nomor 18 Tahun 2016 Tentang Perangkat Daerah", "Peraturan Pemerintah", "72", 2019),
        ("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 Tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan", "Peraturan Menteri", "35", 2012),
        ("Peraturan Daerah Kabupaten Lamandau Nomor 07 Tahun 2021 Tentang Pembentukan dan Susunan Perangkat Daerah Kabupaten Lamandau", "Peraturan Daerah", "7", 2021),
        ("Peraturan Bupati Lamandau Nomor 13 tahun 2022 Tentang Kedudukan, Susunan Organisasi, Tugas, Fungsi dan Tata Kerja Sekretariat Daerah Kabupaten Lamandau", "Peraturan Bupati", "13", 2022),
        ("Peraturan Bupati Lamandau Nomor 31 Tahun 2016 Tentang Pedoman Penyusunan Standar Operasional Prosedur (SOP) Administrasi Pemerintahan", "Peraturan Bupati", "31", 2016),
        ("Peraturan Daerah Nomor 3 Tahun 2013 tentang Pelayanan Publik.", "Peraturan Daerah", "3", 2013),
        ("Permenpan nomor 53 tahun 2014 tentang juknis perjanjian kinerja, pelaporan kinerja.", "Peraturan Menteri", "53", 2014),
        ("Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinera Instansi Pemerintah.", "Peraturan Presiden", "29", 2014),
        ("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Review atas Laporan Kinerja", "Peraturan Menteri", "53", 2014),
        ("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;", "Undang-Undang", "25", 2009),
        ("Peraturan Menteri Dalam Negeri Nomor 52 Tahun 2011 tentang Standar Operasional Prosedur di lingkungan Pemerintah Provinsi Dan Kabupaten/Kota ;", "Peraturan Menteri", "52", 2011),
        ("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan;", "Peraturan Menteri", "35", 2012),
        ("Peraturan Daerah Kabupaten Tapin Nomor 09 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah Kabupaten Tapin, sebagaimana telah diubah dengan Peraturan Daerah Kabupaten Tapin Nomor IO Tahun 2019 tentang Perubahan Atas Peraturan Daerah Kabupaten Tapin Nomor 09 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah Kabupaten Tapin;", "Peraturan Daerah", "9", 2016),
        ("Peraturan Bupati Tapin Nomor 05 Tahun 2014 tentang Pedoman Standar Operasional Prosedur Penyelenggaraan Pemerintahan di Lingkungan Pemerintah Kabupaten Tapin;", "Peraturan Bupati", "5", 2014),
    ])
    func goldEntries(text: String, kind: String, number: String, year: Int) {
        let entry = LegalBasisParser.parse(text, line: 7)
        #expect(entry.text == text)
        #expect(entry.line == 7)
        #expect(entry.kind == kind)
        #expect(entry.number == number)
        #expect(entry.year == year)
    }

    @Test(arguments: [
        ("UU Nomor 25 Tahun 2009", "Undang-Undang"),
        ("Undang Undang Nomor 25 Tahun 2009", "Undang-Undang"),
        ("Perppu Nomor 1 Tahun 2020", "Peraturan Pemerintah Pengganti Undang-Undang"),
        ("PP Nomor 18 Tahun 2016", "Peraturan Pemerintah"),
        ("Perpres No. 29 Tahun 2014", "Peraturan Presiden"),
        ("Keppres Nomor 1 Tahun 2000", "Keputusan Presiden"),
        ("Inpres Nomor 7 Tahun 1999", "Instruksi Presiden"),
        ("Permendagri Nomor 52 Tahun 2011", "Peraturan Menteri"),
        ("PermenPAN-RB Nomor 35 Tahun 2012", "Peraturan Menteri"),
        ("Kepmen Nomor 63 Tahun 2003", "Keputusan Menteri"),
        ("PERDA Provinsi Jawa Tengah Nomor 1 Tahun 2019", "Peraturan Daerah"),
        ("Pergub Kalimantan Selatan Nomor 4 Tahun 2018", "Peraturan Gubernur"),
        ("Perbup Tapin Nomor 5 Tahun 2014", "Peraturan Bupati"),
        ("Perwal Semarang Nomor 5 Tahun 2014", "Peraturan Wali Kota"),
        ("Perwali Semarang Nomor 5 Tahun 2014", "Peraturan Wali Kota"),
        ("Peraturan Walikota Semarang Nomor 5 Tahun 2014", "Peraturan Wali Kota"),
        ("Keputusan Bupati Tapin Nomor 100 Tahun 2020", "Keputusan Bupati"),
        ("Keputusan Gubernur Bali Nomor 100 Tahun 2020", "Keputusan Gubernur"),
        ("Keputusan Walikota Semarang Nomor 100 Tahun 2020", "Keputusan Wali Kota"),
        ("Surat Edaran Menteri Dalam Negeri Nomor 100 Tahun 2020", "Surat Edaran"),
        ("Peraturan Kepala Badan Kepegawaian Negara Nomor 4 Tahun 2013", "Peraturan Kepala Badan Kepegawaian Negara"),
    ])
    func expandsKinds(text: String, kind: String) {
        #expect(LegalBasisParser.parse(text, line: nil).kind == kind)
    }

    @Test(arguments: [
        ("Peraturan Menteri Dalam Negeri Nomor 52 Tahun 2011 tentang SOP", "Menteri Dalam Negeri"),
        ("Permendagri Nomor 52 Tahun 2011", "Menteri Dalam Negeri"),
        ("Permenpan nomor 53 tahun 2014", "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"),
        ("Perda Kabupaten Klungkung Nomor 9 Tahun 2016", "Kabupaten Klungkung"),
        ("Peraturan Daerah Provinsi Bali Nomor 9 Tahun 2016", "Provinsi Bali"),
        ("Peraturan Daerah Kota Semarang Nomor 9 Tahun 2016", "Kota Semarang"),
        ("Peraturan Bupati Tapin Nomor 05 Tahun 2014", "Tapin"),
        ("Peraturan Wali Kota Semarang Nomor 5 Tahun 2014", "Semarang"),
    ])
    func readsIssuers(text: String, issuer: String) {
        #expect(LegalBasisParser.parse(text, line: nil).issuer == issuer)
    }

    @Test(arguments: [
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
        "Peraturan Pemerintah Republik Indonesia Nomor 72 Tahun 2019",
        "Peraturan Presiden Nomor 29 Tahun 2014",
        "Peraturan Daerah Nomor 3 Tahun 2013",
    ])
    func nationalAndUnnamedIssuersAreNil(text: String) {
        #expect(LegalBasisParser.parse(text, line: nil).issuer == nil)
    }

    @Test(arguments: [
        ("Perda Nomor IO Tahun 2019", "10", 2019),
        ("Perda Nomor l2 Tahun 2019", "12", 2019),
        ("Perda Nomor O7 Tahun 2O21", "7", 2021),
        ("Perda Nomor 1S Tahun 2019", "15", 2019),
        ("Perda Nomor 007 Tahun 2019", "7", 2019),
        ("UU No. 25/2009 tentang Pelayanan Publik", "25", 2009),
        ("UU No.25/2009 tentang Pelayanan Publik", "25", 2009),
        ("UU 25 Tahun 2009 tentang Pelayanan Publik", "25", 2009),
        ("Peraturan Menteri PAN Nomor PER/15/M.PAN/7/2008", "PER/15/M.PAN/7/2008", 2008),
        ("Keputusan Menteri Nomor 35/PERMEN/2012 tentang Pedoman", "35/PERMEN/2012", 2012),
        ("Perbup Nomer : 12 Th. 2018", "12", 2018),
    ])
    func readsNumbersAndYears(text: String, number: String, year: Int) {
        let entry = LegalBasisParser.parse(text, line: nil)
        #expect(entry.number == number)
        #expect(entry.year == year)
    }

    @Test func subjectStopsAtTheAmendmentClause() {
        let entry = LegalBasisParser.parse(
            "Perda Kabupaten Tapin Nomor 09 Tahun 2016 tentang Pembentukan Perangkat Daerah, sebagaimana telah diubah "
                + "dengan Perda Kabupaten Tapin Nomor IO Tahun 2019 tentang Perubahan Atas Perda Kabupaten Tapin Nomor 09 "
                + "Tahun 2016 tentang Pembentukan Perangkat Daerah;", line: 3)
        #expect(entry.number == "9")
        #expect(entry.year == 2016)
        #expect(entry.subject == "Pembentukan Perangkat Daerah")
        #expect(entry.amendedBy == [RegulationReference(kind: "Peraturan Daerah", number: "10", year: 2019)])
        #expect(entry.amends.isEmpty)
    }

    @Test func severalAmendmentsAreAllListed() {
        let entry = LegalBasisParser.parse(
            "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, "
                + "terakhir dengan Undang-Undang Nomor 9 Tahun 2015", line: nil)
        #expect(entry.subject == "Pemerintahan Daerah")
        #expect(entry.amendedBy == [RegulationReference(kind: "Undang-Undang", number: "9", year: 2015)])
    }

    @Test func perubahanAtasFillsAmends() {
        let entry = LegalBasisParser.parse(
            "Peraturan Pemerintah Nomor 72 Tahun 2019 Tentang Perubahan Atas Peraturan Pemerintah Nomor 18 Tahun 2016 "
                + "Tentang Perangkat Daerah", line: nil)
        #expect(entry.number == "72")
        #expect(entry.amends == [RegulationReference(kind: "Peraturan Pemerintah", number: "18", year: 2016)])
        #expect(entry.amendedBy.isEmpty)
        #expect(entry.subject == "Perubahan Atas Peraturan Pemerintah Nomor 18 Tahun 2016 Tentang Perangkat Daerah")
    }

    @Test func subjectTrimsTrailingPunctuation() {
        #expect(LegalBasisParser.parse("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;", line: nil).subject
            == "Pelayanan Publik")
        #expect(LegalBasisParser.parse("Perda Nomor 9 Tahun 2016 tentang Susunan Perangkat Daerah.", line: nil).subject
            == "Susunan Perangkat Daerah")
        #expect(LegalBasisParser.parse("Perda Nomor 9 Tahun 2016", line: nil).subject == nil)
    }

    @Test func textWithoutANumberKeepsTheKindPhrase() {
        let entry = LegalBasisParser.parse("Undang-Undang Dasar 1945", line: 2)
        #expect(entry.text == "Undang-Undang Dasar 1945")
        #expect(entry.number == nil)
        #expect(entry.year == nil)
        #expect(entry.kind == "Undang-Undang Dasar")
    }

    @Test func emptyTextGivesAnEmptyEntry() {
        let entry = LegalBasisParser.parse("", line: nil)
        #expect(entry.kind == nil)
        #expect(entry.number == nil)
    }
}
