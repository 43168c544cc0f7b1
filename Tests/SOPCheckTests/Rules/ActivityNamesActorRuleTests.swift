import SOPCheck
import SOPModel
import Testing

@Suite struct ActivityNamesActorRuleTests {
    @Test func activeVoicePasses() {
        #expect(RuleFixtures.findings("activity-names-actor", in: RuleFixtures.clean).isEmpty)
    }

    @Test func activityOpeningWithActorNameFails() {
        let document = RuleFixtures.step(1) { $0.activity = "Kepala Dinas memeriksa konsep laporan" }
        let findings = RuleFixtures.findings("activity-names-actor", in: document)
        #expect(findings.map(\.message) == ["step 2 names its actor \"Kepala Dinas\"; write the activity in active voice without a subject"])
        #expect(findings.first?.severity == .note)
    }

    @Test func namedTitleNotAColumnFails() {
        let document = RuleFixtures.step(0) { $0.activity = "Kepala Sub Bagian Umum menyusun konsep"; $0.actorEvidence = .named }
        let messages = RuleFixtures.findings("activity-names-actor", in: document).map(\.message)
        #expect(messages == ["step 1 names its actor \"Kepala Sub Bagian Umum\"; write the activity in active voice without a subject"])
    }

    @Test func officeNounsThatLookLikeVerbsStayInTheSubject() {
        let document = RuleFixtures.step(0) { $0.activity = "Kepala Divisi Umum menandatangani surat"; $0.actorEvidence = .named }
        let messages = RuleFixtures.findings("activity-names-actor", in: document).map(\.message)
        #expect(messages == ["step 1 names its actor \"Kepala Divisi Umum\"; write the activity in active voice without a subject"])
    }
}
