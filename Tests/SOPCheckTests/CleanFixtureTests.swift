import SOPCheck
import SOPModel
import Testing

/// The shared fixture is clean for every rule except the duration note, so each rule test's failure is its own.
@Suite struct CleanFixtureTests {
    @Test func cleanDocumentHasOnlyTheDurationNote() {
        let findings = RuleCatalog.all.flatMap { $0.check(RuleFixtures.clean) }
        #expect(findings.map(\.code) == ["procedure-duration"])
    }

    @Test func ruleCodesAreUniqueAndKebabCase() {
        let codes = RuleCatalog.all.map(\.code)
        #expect(Set(codes).count == codes.count)
        for code in codes {
            #expect(code.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil, "\(code)")
        }
    }
}
