import SOPCheck
import SOPModel
import Testing

@Suite struct DecisionMissingNoRuleTests {
    @Test func decisionWithBothBranchesPasses() {
        #expect(RuleFixtures.findings("decision-missing-no", in: RuleFixtures.clean).isEmpty)
    }

    @Test func decisionWithoutNoBranchFails() {
        let document = RuleFixtures.step(1) { $0.decision = Decision(yes: 3, no: nil) }
        let findings = RuleFixtures.findings("decision-missing-no", in: document)
        #expect(findings.map(\.message) == ["decision at step 2 has no no-branch (Tidak)"])
        #expect(findings.first?.line == 21)
    }
}
