import Foundation
import Testing
import SOPModel
@testable import SOPReader

/// Guards the reader against quadratic passes: a very long table and a very long line must parse
/// in time proportional to their size. The bounds are wall-clock and generous (a debug build on a
/// loaded machine stays well inside them), but a pass that rescans the input per row or per word
/// takes minutes on these sizes and fails them.
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

    /// Parses the text and returns the document with the seconds it took.
    static func timedParse(_ text: String) throws -> (Document, Double) {
        let clock = ContinuousClock()
        var document: Document?
        let elapsed = try clock.measure { document = try SOPParser.parse(text: text, path: "scaling.txt") }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (try #require(document), seconds)
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
        #expect(seconds < 120, "20 000 rows took \(seconds) s")
    }

    @Test func fiveMegabyteLineParsesInLinearTime() throws {
        let sentence = "Sekretaris Daerah menjamin pelayanan yang diberikan sesuai standar. "
        let line = "1. " + String(repeating: sentence, count: 5 * 1024 * 1024 / sentence.utf8.count)
        let text = Self.identity + line + "\n\n" + Self.header + "\n1\tMenerima surat\t\t\tSurat\t5 Menit\tSurat\t\n"
        let (document, seconds) = try Self.timedParse(text)
        #expect(document.warnings.first?.utf8.count ?? 0 > 5_000_000)
        #expect(document.procedures.first?.steps.count == 1)
        #expect(seconds < 120, "a 5 MB line took \(seconds) s")
    }
}
