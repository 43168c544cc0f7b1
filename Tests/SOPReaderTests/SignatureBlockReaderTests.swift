import Testing
import SOPModel
@testable import SOPReader

@Suite struct SignatureBlockReaderTests {
    /// Numbers the lines from 100 so the tests can check which were used.
    private func lines(_ texts: [String]) -> [SourceLine] {
        texts.enumerated().map { SourceLine(number: 100 + $0.offset, text: $0.element) }
    }

    @Test func positionNameRankNIPAndAStrayPlaceName() throws {
        let block = try #require(SignatureBlockReader.read(lines([
            "", " CAMAT KUTASARI", " CAHYONO, SH, A.", " Penata TK I/III", " NIP. 19720101 100203 1012", " PURBALINGGA",
        ])))
        #expect(block.approver == Approver(position: "CAMAT KUTASARI", name: "CAHYONO, SH, A.", rank: "Penata TK I/III",
                                           nip: "197201011002031012"))
        #expect(block.usedLines == [101, 102, 103, 104])
        #expect(block.unplacedLines.map(\.number) == [105])
        #expect(block.problems.isEmpty)
    }

    @Test func blankSigningSpaceBetweenPositionAndName() throws {
        let block = try #require(SignatureBlockReader.read(lines([
            "Sekretaris Daerah,", "", "", " H. MASYRANIANSYAH, SP, M.MA, MP", " NIP. 196504221988031008",
        ])))
        #expect(block.approver == Approver(position: "Sekretaris Daerah", name: "H. MASYRANIANSYAH, SP, M.MA, MP",
                                           nip: "196504221988031008"))
        #expect(block.unplacedLines.isEmpty)
    }

    @Test func wrappedPositionAndFormulaLine() throws {
        let block = try #require(SignatureBlockReader.read(lines([
            "Mengetahui,", "Kepala Dinas Kesehatan", "Kabupaten Purbalingga", "", "<u>dr. Hanung Wikantono, M.P.P</u>",
            "Pembina Utama Muda", "NIP 19661209 198603 1 002",
        ])))
        #expect(block.approver == Approver(position: "Kepala Dinas Kesehatan Kabupaten Purbalingga",
                                           name: "dr. Hanung Wikantono, M.P.P", rank: "Pembina Utama Muda",
                                           nip: "196612091986031002"))
        #expect(block.usedLines == [100, 101, 102, 104, 105, 106])
    }

    @Test func rankOnTheNameLineAndUnlabeledNIP() throws {
        let block = try #require(SignatureBlockReader.read(lines(["Camat Kutasari", "BUDI, SH Penata (III/c)",
                                                                  "19720101 100203 1 012"])))
        #expect(block.approver == Approver(position: "Camat Kutasari", name: "BUDI, SH", rank: "Penata (III/c)",
                                           nip: "197201011002031012"))
    }

    @Test func titledNameUnderAPositionWithoutNIP() throws {
        let block = try #require(SignatureBlockReader.read(lines(["Sekretaris Daerah,", "", "Drs. AHMAD, M.Si"])))
        #expect(block.approver == Approver(position: "Sekretaris Daerah", name: "Drs. AHMAD, M.Si"))
    }

    @Test func shortNIPIsReported() throws {
        let block = try #require(SignatureBlockReader.read(lines(["Camat", "BUDI", "NIP. 1972 0101"])))
        #expect(block.approver.nip == "19720101")
        #expect(block.problems.map(\.code) == ["nip-length"])
    }

    @Test func textBeforeTheBlockIsUnplaced() throws {
        let block = try #require(SignatureBlockReader.read(lines([
            "Catatan: lampiran terpisah", "", "Camat Kutasari", "BUDI, SH", "NIP. 196504221988031008",
        ])))
        #expect(block.approver.position == "Camat Kutasari")
        #expect(block.unplacedLines.map(\.number) == [100])
    }

    @Test(arguments: [
        [String](),
        ["", "  "],
        ["Halaman 3 dari 3"],
        ["Sekretaris Daerah"],
        ["Keterangan: simbol", "Budi Santoso"],
    ])
    func noSignatureGivesNil(texts: [String]) {
        #expect(SignatureBlockReader.read(lines(texts)) == nil)
    }
}
