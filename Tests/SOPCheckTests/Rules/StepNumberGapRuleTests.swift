import SOPCheck
import SOPModel
import Testing

@Suite struct StepNumberGapRuleTests {
    @Test func consecutiveStepsPass() {
        #expect(RuleFixtures.findings("step-number-gap", in: RuleFixtures.clean).isEmpty)
    }

    @Test func skippedNumbersFailAtTheRow() {
        let document = RuleFixtures.step(2) { $0.number = 5 }
        let findings = RuleFixtures.findings("step-number-gap", in: document)
        #expect(findings.map(\.message) == ["steps jump from 2 to 5"])
        #expect(findings.first?.line == 22)
        #expect(findings.first?.severity == .error)
    }
}
