import Foundation
import Testing
import SOPModel
@testable import SOPReader

/// Guards the reader against quadratic passes: a very long table and a very long line must parse
/// in time proportional to their size. The bounds are CPU seconds and generous (a debug build takes
/// about ten), but a pass that rescans the input per row or per word takes minutes on these sizes.
@Suite struct ReaderScalingTests {
    static let identity = """
    PEMERINTAH KABUPATEN CONTOH
    Nomor SOP\t: 100/1/2024
    Nama SOP\t: PENGARSIPAN SURAT

    PERINGATAN :

    """

    static let header = """
    No.\tKegiatan\tPelaksana\t\tMutu Baku\t\t\tKeterangan
    \t\tKasubag Umum\tStaf\tKelengkapan\tWaktu\tOutput\t
    """

    /// Parses the text and returns the document with the CPU seconds this thread spent on it (CPU
    /// time, not wall time, so that other tests and processes on a busy machine do not count).
    static func timedParse(_ text: String) throws -> (Document, Double) {
        let start = threadCPUSeconds()
        let document = try SOPParser.parse(text: text, path: "scaling.txt")
        return (document, threadCPUSeconds() - start)
    }

    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    @Test func twentyThousandRowTableParsesInLinearTime() throws {
        let rowCount = 20_000
        var lines = [Self.identity, Self.header]
        for number in 1...rowCount {
            let who = number % 2 == 0 ? "Staf" : "Kasubag Umum"
            lines.append("\(number)\t\(who) mencatat surat nomor \(number) ke dalam agenda. Jika tidak lengkap, dikembalikan kepada Staf\t\t\tSurat\t5 Menit\tAgenda\t")
        }
        let (document, seconds) = try Self.timedParse(lines.joined(separator: "\n"))
        #expect(document.procedures.first?.steps.count == rowCount)
        #expect(document.procedures.first?.steps.last?.number == rowCount)
        #expect(seconds < 60, "20 000 rows took \(seconds) s")
    }

    @Test func fiveMegabyteLineParsesInLinearTime() throws {
        let sentence = "Sekretaris Daerah menjamin pelayanan yang diberikan sesuai standar. "
        let line = "1. " + String(repeating: sentence, count: 5 * 1024 * 1024 / sentence.utf8.count)
        let text = Self.identity + line + "\n\n" + Self.header + "\n1\tMenerima surat\t\t\tSurat\t5 Menit\tSurat\t\n"
        let (document, seconds) = try Self.timedParse(text)
        #expect(document.warnings.first?.utf8.count ?? 0 > 5_000_000)
        #expect(document.procedures.first?.steps.count == 1)
        #expect(seconds < 60, "a 5 MB line took \(seconds) s")
    }

    /// One long line and nothing else: no label, no table, so not an SOP — decided in linear time.
    @Test func longLineAloneIsNotAnSOP() {
        let text = String(repeating: "kata tanpa akhir ", count: 1024 * 1024 / 17)
        let start = Self.threadCPUSeconds()
        #expect(throws: InputError.notAnSOP) { try SOPParser.parse(text: text, path: "line.txt") }
        let seconds = Self.threadCPUSeconds() - start
        #expect(seconds < 60, "a 1 MB line took \(seconds) s")
    }

    /// A Dasar Hukum item far longer than any citation is kept as written, with a warning, not parsed word by word.
    @Test func fiveMegabyteLegalBasisItemIsKeptAsText() throws {
        let item = String(repeating: "kata tanpa akhir ", count: 5 * 1024 * 1024 / 17)
        let text = "Nomor SOP\t: 100/1/2024\nDasar Hukum :\n" + item + "\n\n" + Self.header
            + "\n1\tMenerima surat\t\t\tSurat\t5 Menit\tSurat\t\n"
        let (document, seconds) = try Self.timedParse(text)
        #expect(document.legalBasis.count == 1)
        #expect(document.legalBasis.first?.text.utf8.count ?? 0 > 5_000_000)
        #expect(document.legalBasis.first?.kind == nil)
        #expect(document.diagnostics.contains { $0.code == "legal-basis-unread" && $0.line == 3 })
        #expect(seconds < 60, "a 5 MB Dasar Hukum line took \(seconds) s")
    }
}
