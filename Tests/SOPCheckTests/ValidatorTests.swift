import Foundation
import SOPCheck
import SOPModel
import SOPReader
import TestSupport
import Testing

/// How the validator merges reader diagnostics, schema violations and rule findings.
@Suite struct ValidatorTests {
    static let kutasari = PackageFiles.url("Corpus/kutasari.txt")

    @Test func aReaderFindingIsReportedOnceAtTheRuleSeverity() throws {
        let document = try SOPParser.parse(data: try Data(contentsOf: Self.kutasari), path: "kutasari.txt")
        let findings = try Validator().lint(document)
        let gaps = findings.filter { $0.code == "step-number-gap" }
        #expect(gaps.count == 1)
        #expect(gaps.first?.severity == .error)
        #expect(gaps.first?.line == 61)
    }

    @Test func textAndItsParsedJSONGiveTheSameFindings() throws {
        let document = try SOPParser.parse(data: try Data(contentsOf: Self.kutasari), path: "kutasari.txt")
        let validator = try Validator()
        let report = try validator.validate(json: try DocumentJSON.encode(document))
        #expect(report.document != nil)
        #expect(report.findings == validator.lint(document))
    }

    @Test func ignoredCodesAreLeftOutEverywhere() throws {
        let document = try SOPParser.parse(data: try Data(contentsOf: Self.kutasari), path: "kutasari.txt")
        let findings = try Validator(ignoring: ["step-number-gap", "signature-mismatch"]).lint(document)
        #expect(!findings.contains { $0.code == "step-number-gap" || $0.code == "signature-mismatch" })
        #expect(findings.contains { $0.code == "step-missing-actor" })
    }

    @Test func selectedCodesAreTheOnlyOnes() throws {
        let findings = try Validator(selecting: ["procedure-duration"]).lint(RuleFixtures.clean)
        #expect(findings.map(\.code) == ["procedure-duration"])
    }

    @Test func schemaViolationsStopTheRules() throws {
        let data = try Data(contentsOf: PackageFiles.url("Tests/SOPCheckTests/Invalid/decision-target-zero.json"))
        let report = try Validator().validate(json: data)
        #expect(report.document == nil)
        #expect(report.findings.map(\.code) == ["schema"])
        #expect(report.findings.first?.message.hasPrefix("/procedures/0/steps/0/decision/no: 0 is less than the minimum of 1") == true)
    }

    @Test func findingsComeInSourceOrder() throws {
        let document = try SOPParser.parse(data: try Data(contentsOf: Self.kutasari), path: "kutasari.txt")
        let lines = try Validator().lint(document).map { $0.line ?? 0 }
        #expect(lines == lines.sorted())
    }
}
