import SOPCheck
import SOPModel
import Testing

@Suite struct DecisionTargetOutsideRuleTests {
    @Test func targetsInsideTheProcedurePass() {
        #expect(RuleFixtures.findings("decision-target-outside", in: RuleFixtures.clean).isEmpty)
    }

    @Test func targetOutsideTheProcedureFails() {
        let document = RuleFixtures.step(1) { $0.decision = Decision(yes: 9, no: 1) }
        let findings = RuleFixtures.findings("decision-target-outside", in: document)
        #expect(findings.map(\.message) == ["decision at step 2: yes branch goes to step 9, which the procedure does not have"])
        #expect(findings.first?.severity == .error)
    }
}
