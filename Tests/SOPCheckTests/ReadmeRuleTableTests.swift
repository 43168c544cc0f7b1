import Foundation
import SOPCheck
import TestSupport
import Testing

/// README lists every rule with its code and severity.
@Suite struct ReadmeRuleTableTests {
    @Test func everyRuleHasAReadmeRow() throws {
        let readme = try String(contentsOf: PackageFiles.url("README.md"), encoding: .utf8)
        for rule in RuleCatalog.all {
            #expect(readme.contains("| `\(rule.code)` | \(rule.severity.rawValue) |"), "README lacks the row of \(rule.code)")
        }
    }
}
