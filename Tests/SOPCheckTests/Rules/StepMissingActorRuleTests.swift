import SOPCheck
import SOPModel
import Testing

@Suite struct StepMissingActorRuleTests {
    @Test func stepsWithActorsPass() {
        #expect(RuleFixtures.findings("step-missing-actor", in: RuleFixtures.clean).isEmpty)
    }

    @Test func stepWithoutActorFails() {
        let document = RuleFixtures.step(1) { $0.actors = []; $0.actorEvidence = .unresolved }
        let findings = RuleFixtures.findings("step-missing-actor", in: document)
        #expect(findings.map(\.message) == ["step 2 has no actor"])
        #expect(findings.first?.line == 21)
    }
}
