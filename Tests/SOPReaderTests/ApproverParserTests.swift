import Testing
import SOPModel
@testable import SOPReader

@Suite struct ApproverParserTests {
    @Test func underlinedNameFollowsThePosition() {
        let parse = ApproverParser.parse("Sekretaris Daerah Kabupaten Klungkung  <u>Anak Agung Gede Lesmana</u>")
        #expect(parse.approver == Approver(position: "Sekretaris Daerah Kabupaten Klungkung", name: "Anak Agung Gede Lesmana"))
        #expect(parse.problems.isEmpty)
    }

    @Test func boldNameWithoutAGap() {
        let parse = ApproverParser.parse("Kepala Dinas Kesehatan **Budi Santoso** Pembina (IV/a)")
        #expect(parse.approver == Approver(position: "Kepala Dinas Kesehatan", name: "Budi Santoso", rank: "Pembina (IV/a)"))
    }

    @Test func nameRankAndNIP() {
        let parse = ApproverParser.parse(" CAHYONG, SH Penata Tk. I/III.d NIP. 19720103199203 1 012")
        #expect(parse.approver == Approver(name: "CAHYONG, SH", rank: "Penata Tk. I/III.d", nip: "197201031992031012"))
        #expect(parse.problems.isEmpty)
    }

    @Test func prefixTitleAndGolonganInParentheses() {
        let parse = ApproverParser.parse("Dr. MUHAMAD IRWANSYAH, SP., MP Pembina Utama Muda (IV/c) NIP. 19771027 200312 1 005")
        #expect(parse.approver == Approver(name: "Dr. MUHAMAD IRWANSYAH, SP., MP", rank: "Pembina Utama Muda (IV/c)",
                                           nip: "197710272003121005"))
    }

    @Test func positionAlone() {
        #expect(ApproverParser.parse("Sekretaris Daerah").approver == Approver(position: "Sekretaris Daerah"))
        #expect(ApproverParser.parse("Plt. Kepala Bagian Organisasi,").approver
            == Approver(position: "Plt. Kepala Bagian Organisasi"))
    }

    @Test func nameAlone() {
        #expect(ApproverParser.parse("Budi Santoso, S.Sos").approver == Approver(name: "Budi Santoso, S.Sos"))
    }

    @Test func doubleSpaceSeparatesPositionAndName() {
        #expect(ApproverParser.parse("Camat Kutasari  Budi Santoso").approver
            == Approver(position: "Camat Kutasari", name: "Budi Santoso"))
    }

    @Test func prefixTitleStartsTheNameAfterAPosition() {
        #expect(ApproverParser.parse("Kepala Dinas Pendidikan Drs. H. Ahmad Yani, M.Pd NIP. 196612091986031002").approver
            == Approver(position: "Kepala Dinas Pendidikan", name: "Drs. H. Ahmad Yani, M.Pd", nip: "196612091986031002"))
    }

    @Test func capsRunWithDegreeStartsTheNameAfterAMixedCasePosition() {
        #expect(ApproverParser.parse("Camat Kutasari CAHYONO, SH Penata Tingkat I (III/d)").approver
            == Approver(position: "Camat Kutasari", name: "CAHYONO, SH", rank: "Penata Tingkat I (III/d)"))
    }

    @Test func allCapsPositionAndNameIsReportedAsAmbiguous() {
        let parse = ApproverParser.parse("CAMAT KUTASARI CAHYONO, SH")
        #expect(parse.approver == Approver(position: "CAMAT KUTASARI CAHYONO, SH"))
        #expect(parse.problems.map(\.code) == ["approver-split-ambiguous"])
    }

    @Test func shortNIPIsKeptAndReported() {
        let parse = ApproverParser.parse("BUDI, SH NIP. 19720101 10020 1012")
        #expect(parse.approver.nip == "19720101100201012")
        #expect(parse.problems.map(\.code) == ["nip-length"])
    }

    @Test func rankAfterTheNIPIsStillTheRank() {
        let parse = ApproverParser.parse("BUDI, SH NIP. 196612091986031002 Pembina Tk. I")
        #expect(parse.approver == Approver(name: "BUDI, SH", rank: "Pembina Tk. I", nip: "196612091986031002"))
        #expect(parse.problems.isEmpty)
    }

    @Test func strayTextAfterTheNIPIsReported() {
        let parse = ApproverParser.parse("BUDI, SH NIP. 196612091986031002 Purbalingga")
        #expect(parse.approver.name == "BUDI, SH")
        #expect(parse.problems.map(\.code) == ["approver-unplaced-text"])
    }

    @Test func emptyValueGivesAnEmptyApprover() {
        #expect(ApproverParser.parse("  ").approver.isEmpty)
        #expect(ApproverParser.parse("").problems.isEmpty)
    }
}
