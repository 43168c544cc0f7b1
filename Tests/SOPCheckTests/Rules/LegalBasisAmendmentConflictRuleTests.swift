import SOPCheck
import SOPModel
import Testing

@Suite struct LegalBasisAmendmentConflictRuleTests {
    @Test func consistentAmendmentsPass() {
        #expect(RuleFixtures.findings("legal-basis-amendment-conflict", in: RuleFixtures.clean).isEmpty)
    }

    @Test func regulationBothAmendedAndAmendingFails() {
        let document = RuleFixtures.with {
            $0.legalBasis[1].amendedBy = [RegulationReference(kind: "Undang-Undang", number: "23", year: 2014)]
        }
        let messages = RuleFixtures.findings("legal-basis-amendment-conflict", in: document).map(\.message)
        #expect(messages == ["Undang-Undang Nomor 9 Tahun 2015 is cited both as amending and as amended by Undang-Undang Nomor 23 Tahun 2014"])
    }

    @Test func amendingAnOlderRegulationBackwardsFails() {
        let document = RuleFixtures.with {
            $0.legalBasis = [LegalBasisEntry(text: "PP 18/2016", kind: "Peraturan Pemerintah", number: "18", year: 2016,
                                             amends: [RegulationReference(kind: "Peraturan Pemerintah", number: "72", year: 2019)])]
        }
        let messages = RuleFixtures.findings("legal-basis-amendment-conflict", in: document).map(\.message)
        #expect(messages == ["Peraturan Pemerintah Nomor 18 Tahun 2016 is cited as amending the later Peraturan Pemerintah Nomor 72 Tahun 2019"])
    }
}
