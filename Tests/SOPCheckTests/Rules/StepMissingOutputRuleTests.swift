import SOPCheck
import SOPModel
import Testing

@Suite struct StepMissingOutputRuleTests {
    @Test func stepsWithOutputsPass() {
        #expect(RuleFixtures.findings("step-missing-output", in: RuleFixtures.clean).isEmpty)
    }

    @Test func stepWithoutOutputFails() {
        let document = RuleFixtures.step(2) { $0.outputs = [] }
        #expect(RuleFixtures.findings("step-missing-output", in: document).map(\.message) == ["step 3 has no output"])
    }
}
