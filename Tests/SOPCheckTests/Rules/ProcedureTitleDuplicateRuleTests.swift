import SOPCheck
import SOPModel
import Testing

@Suite struct ProcedureTitleDuplicateRuleTests {
    @Test func distinctTitlesPass() {
        let document = RuleFixtures.with { $0.procedures.append(Procedure(title: "PENGARSIPAN LAPORAN", line: 30)) }
        #expect(RuleFixtures.findings("procedure-title-duplicate", in: document).isEmpty)
    }

    @Test func sameTitleTwiceFails() {
        let document = RuleFixtures.with { $0.procedures.append(Procedure(title: "Penyusunan  Laporan", line: 30)) }
        let findings = RuleFixtures.findings("procedure-title-duplicate", in: document)
        #expect(findings.map(\.message) == ["procedure \"Penyusunan  Laporan\" appears more than once (first at line 18)"])
        #expect(findings.first?.line == 30)
    }
}
