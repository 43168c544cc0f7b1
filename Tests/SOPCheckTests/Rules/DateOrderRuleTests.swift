import SOPCheck
import SOPModel
import Testing

@Suite struct DateOrderRuleTests {
    @Test func createdBeforeEffectivePasses() {
        #expect(RuleFixtures.findings("date-order", in: RuleFixtures.clean).isEmpty)
    }

    @Test func effectiveBeforeCreatedAndRevisedBeforeCreatedFail() {
        let document = RuleFixtures.with {
            $0.metadata.effective = "2023-12-31"
            $0.metadata.revised = "2024-01-14"
        }
        let messages = RuleFixtures.findings("date-order", in: document).map(\.message)
        #expect(messages == ["Tanggal Efektif 2023-12-31 is before Tanggal Pembuatan 2024-01-15",
                             "Tanggal Revisi 2024-01-14 is before Tanggal Pembuatan 2024-01-15"])
    }
}
