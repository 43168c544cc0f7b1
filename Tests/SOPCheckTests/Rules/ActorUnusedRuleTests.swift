import SOPCheck
import SOPModel
import Testing

@Suite struct ActorUnusedRuleTests {
    @Test func everyActorUsedPasses() {
        #expect(RuleFixtures.findings("actor-unused", in: RuleFixtures.clean).isEmpty)
    }

    @Test func actorNoStepUsesFails() {
        let document = RuleFixtures.with { $0.procedures[0].actors.append(Actor(id: "sekretaris", name: "Sekretaris")) }
        let findings = RuleFixtures.findings("actor-unused", in: document)
        #expect(findings.map(\.message) == ["actor \"Sekretaris\" performs no step"])
        #expect(findings.first?.line == 18)
    }

    @Test func notJudgedWhileSomeStepHasNoKnownActor() {
        let document = RuleFixtures.with {
            $0.procedures[0].actors.append(Actor(id: "sekretaris", name: "Sekretaris"))
            $0.procedures[0].steps[0].actors = []
        }
        #expect(RuleFixtures.findings("actor-unused", in: document).isEmpty)
    }
}
