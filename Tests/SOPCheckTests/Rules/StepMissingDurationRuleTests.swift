import SOPCheck
import SOPModel
import Testing

@Suite struct StepMissingDurationRuleTests {
    @Test func stepsWithDurationsPass() {
        #expect(RuleFixtures.findings("step-missing-duration", in: RuleFixtures.clean).isEmpty)
    }

    @Test func stepWithoutDurationFails() {
        let document = RuleFixtures.step(0) { $0.duration = nil }
        #expect(RuleFixtures.findings("step-missing-duration", in: document).map(\.message) == ["step 1 has no duration (Waktu)"])
    }
}
