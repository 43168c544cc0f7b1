import SOPCheck
import SOPModel
import Testing

@Suite struct LegalBasisIncompleteRuleTests {
    @Test func numberedEntriesPass() {
        #expect(RuleFixtures.findings("legal-basis-incomplete", in: RuleFixtures.clean).isEmpty)
    }

    @Test func entryWithoutYearFailsAtItsLine() {
        let document = RuleFixtures.with { $0.legalBasis.append(LegalBasisEntry(text: "Perbup Contoh Nomor 5", number: "5", line: 7)) }
        let findings = RuleFixtures.findings("legal-basis-incomplete", in: document)
        #expect(findings.map(\.message) == ["legal basis entry has no year: \"Perbup Contoh Nomor 5\""])
        #expect(findings.first?.line == 7)
    }
}
