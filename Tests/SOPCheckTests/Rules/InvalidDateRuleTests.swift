import SOPCheck
import SOPModel
import Testing

@Suite struct InvalidDateRuleTests {
    @Test func realDatesPass() {
        let document = RuleFixtures.with { $0.metadata.revised = "2024-02-29" }
        #expect(RuleFixtures.findings("invalid-date", in: document).isEmpty)
    }

    @Test func impossibleAndImplausibleDatesFail() {
        let document = RuleFixtures.with {
            $0.metadata.created = "2023-02-29"
            $0.metadata.effective = "1024-04-01"
        }
        let messages = RuleFixtures.findings("invalid-date", in: document).map(\.message)
        #expect(messages == ["Tanggal Pembuatan 2023-02-29 is not a possible date", "Tanggal Efektif 1024-04-01 is not a possible date"])
    }
}
