import SOPCheck
import SOPModel
import Testing

@Suite struct ProcedureDurationRuleTests {
    @Test func mainPathSumsPerUnitWithWorkingDaysApart() {
        let findings = RuleFixtures.findings("procedure-duration", in: RuleFixtures.clean)
        #expect(findings.map(\.message) == ["procedure \"PENYUSUNAN LAPORAN\" takes 2–3 working days + 1 day + 2 hours along its main path of 3 steps"])
        #expect(findings.first?.severity == .note)
        #expect(findings.first?.line == 18)
    }

    @Test func yesBranchSkipsRowsAndMissingDurationsAreCounted() {
        let document = RuleFixtures.with {
            $0.procedures[0].steps[0].decision = Decision(yes: 3, no: 2)
            $0.procedures[0].steps[2].duration = nil
        }
        let messages = RuleFixtures.findings("procedure-duration", in: document).map(\.message)
        #expect(messages == ["procedure \"PENYUSUNAN LAPORAN\" takes 1 day along its main path of 2 steps (1 without a usable duration)"])
    }

    @Test func procedureWithoutAnyDurationHasNoNote() {
        let document = RuleFixtures.with { document in
            for index in document.procedures[0].steps.indices { document.procedures[0].steps[index].duration = nil }
        }
        #expect(RuleFixtures.findings("procedure-duration", in: document).isEmpty)
    }

    @Test func hugeDurationsAreWrittenWithoutOverflow() {
        let document = RuleFixtures.with {
            $0.procedures[0].steps[0].duration = Duration(text: "99999999999999999999 Jam", min: 1e20, max: 1e20, unit: .hour)
        }
        let messages = RuleFixtures.findings("procedure-duration", in: document).map(\.message)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("hours") == true, "\(messages)")
    }
}
