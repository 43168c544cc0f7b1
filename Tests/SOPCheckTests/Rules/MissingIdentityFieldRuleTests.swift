import SOPCheck
import SOPModel
import Testing

@Suite struct MissingIdentityFieldRuleTests {
    @Test func completeIdentityPasses() {
        #expect(RuleFixtures.findings("missing-identity-field", in: RuleFixtures.clean).isEmpty)
    }

    @Test func eachMissingFieldIsAnError() {
        let document = RuleFixtures.with {
            $0.metadata.number = nil
            $0.metadata.effective = nil
            $0.metadata.approvedBy = Approver()
        }
        let findings = RuleFixtures.findings("missing-identity-field", in: document)
        #expect(findings.count == 3)
        #expect(findings.allSatisfy { $0.severity == .error })
        #expect(findings.map(\.message).contains("identity field Tanggal Efektif (effective) is missing"))
    }
}
