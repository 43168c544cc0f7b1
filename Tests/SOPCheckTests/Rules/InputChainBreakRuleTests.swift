import SOPCheck
import SOPModel
import Testing

@Suite struct InputChainBreakRuleTests {
    @Test func inputsProducedEarlierOrExternalPass() {
        let document = RuleFixtures.step(2) { $0.inputs = ["Konsep Laporan", "Peraturan Bupati Nomor 5", "Komputer"] }
        #expect(RuleFixtures.findings("input-chain-break", in: document).isEmpty)
    }

    @Test func inputNoEarlierStepOutputsFails() {
        let document = RuleFixtures.step(2) { $0.inputs = ["Daftar hadir rapat"] }
        let findings = RuleFixtures.findings("input-chain-break", in: document)
        #expect(findings.map(\.message) == ["step 3 needs \"Daftar hadir rapat\", which no earlier step outputs"])
        #expect(findings.first?.severity == .warning)
    }

    @Test func laterOutputsDoNotCount() {
        let document = RuleFixtures.step(1) { $0.inputs = ["Laporan final"] }
        #expect(RuleFixtures.findings("input-chain-break", in: document).count == 1)
    }
}
