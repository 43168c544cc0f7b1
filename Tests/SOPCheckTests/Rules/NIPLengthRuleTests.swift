import SOPCheck
import SOPModel
import Testing

@Suite struct NIPLengthRuleTests {
    @Test func eighteenDigitsPass() {
        #expect(RuleFixtures.findings("nip-length", in: RuleFixtures.clean).isEmpty)
    }

    @Test func seventeenDigitsFail() {
        let document = RuleFixtures.with { $0.metadata.approvedBy.nip = "19680101199003100" }
        let findings = RuleFixtures.findings("nip-length", in: document)
        #expect(findings.map(\.message) == ["NIP 19680101199003100 has 17 digits, expected 18"])
        #expect(findings.first?.severity == .warning)
    }
}
