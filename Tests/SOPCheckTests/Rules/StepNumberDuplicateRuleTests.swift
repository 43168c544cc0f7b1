import SOPCheck
import SOPModel
import Testing

@Suite struct StepNumberDuplicateRuleTests {
    @Test func increasingStepsPass() {
        #expect(RuleFixtures.findings("step-number-duplicate", in: RuleFixtures.clean).isEmpty)
    }

    @Test func repeatedNumberFails() {
        let document = RuleFixtures.step(2) { $0.number = 2 }
        let findings = RuleFixtures.findings("step-number-duplicate", in: document)
        #expect(findings.map(\.message) == ["step 2 follows step 2"])
        #expect(findings.first?.line == 22)
    }
}
