import SOPCheck
import SOPModel
import Testing

@Suite struct NIPDateRuleTests {
    @Test func plausibleNIPPasses() {
        #expect(RuleFixtures.findings("nip-date", in: RuleFixtures.clean).isEmpty)
    }

    @Test func impossibleBirthDateFails() {
        let document = RuleFixtures.with { $0.metadata.approvedBy.nip = "196802301990031001" }
        #expect(RuleFixtures.findings("nip-date", in: document).map(\.message) == ["NIP 196802301990031001: birth date 19680230 is not a possible date"])
    }

    @Test func impossibleAppointmentMonthFails() {
        let document = RuleFixtures.with { $0.metadata.approvedBy.nip = "197201011002031012" }
        #expect(RuleFixtures.findings("nip-date", in: document).map(\.message) == ["NIP 197201011002031012: appointment date 100203 is not a possible month"])
    }

    @Test func appointmentBeforeAdulthoodFails() {
        let document = RuleFixtures.with { $0.metadata.approvedBy.nip = "198001012000131001" }
        #expect(RuleFixtures.findings("nip-date", in: document).count == 1)
        let young = RuleFixtures.with { $0.metadata.approvedBy.nip = "198001011990031001" }
        #expect(RuleFixtures.findings("nip-date", in: young).map(\.message) == ["NIP 198001011990031001: appointed in 1990, less than 17 years after birth in 1980"])
    }
}
