import SOPCheck
import SOPModel
import Testing

@Suite struct LegalBasisDuplicateRuleTests {
    @Test func distinctRegulationsPass() {
        let document = RuleFixtures.with {
            $0.legalBasis.append(LegalBasisEntry(text: "Perda A 9/2016", kind: "Peraturan Daerah", issuer: "Kabupaten A", number: "9", year: 2016))
            $0.legalBasis.append(LegalBasisEntry(text: "Perda B 9/2016", kind: "Peraturan Daerah", issuer: "Kabupaten B", number: "9", year: 2016))
        }
        #expect(RuleFixtures.findings("legal-basis-duplicate", in: document).isEmpty)
    }

    @Test func sameRegulationTwiceFails() {
        let document = RuleFixtures.with {
            $0.legalBasis.append(LegalBasisEntry(text: "Undang-undang nomor 23 tahun 2014", kind: "undang-undang", number: "23", year: 2014, line: 9))
        }
        let findings = RuleFixtures.findings("legal-basis-duplicate", in: document)
        #expect(findings.map(\.message) == ["Undang-Undang Nomor 23 Tahun 2014 is cited twice (first on line 5)"])
        #expect(findings.first?.line == 9)
    }
}
