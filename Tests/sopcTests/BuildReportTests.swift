import Foundation
import SOPModel
import Testing
@testable import sopc

/// report.json: `BuildReport.json()` writes by hand what the report's `Encodable` shape encodes, so a
/// member added to the report and forgotten in `json()` fails here.
@Suite struct BuildReportTests {
    /// A failed document with every optional member set (an output name and an error), one without an
    /// output (a missing input), one built; strings that JSON escapes or that `JSONEncoder` could escape.
    static let outcomes = [
        BuildOutcome(input: "in/a/b.txt", outputName: "a/b", procedures: 2, steps: 29, errors: 1, warnings: 3, notes: 4),
        BuildOutcome.failed("in/sub/\"surat\"\\é.txt", outputName: "sub/surat", "in/sub/surat.txt: not an SOP document\n\tline 2"),
        BuildOutcome.failed("in/missing/ghost.txt", outputName: nil, "no such file"),
        BuildOutcome(input: "in/c.txt", outputName: "c", procedures: 1, steps: 5, errors: 0, warnings: 0, notes: 12),
    ]

    @Test func jsonIsWhatTheEncodableReportEncodes() throws {
        let report = BuildReport(Self.outcomes)
        #expect(Data(report.json()) == (try DocumentJSON.encode(value: report)))
        #expect(Data(BuildReport([]).json()) == (try DocumentJSON.encode(value: BuildReport([]))))
    }

    /// Each optional member of an entry is set in some entry of the fixture, so the comparison above
    /// sees every member the encoder writes.
    @Test func theFixtureSetsEveryOptionalMemberOfAnEntry() {
        let entries = BuildReport(Self.outcomes).documents
        let labels = Mirror(reflecting: entries[0]).children.compactMap(\.label)
        for label in labels {
            let alwaysNil = entries.allSatisfy { entry in
                let value = Mirror(reflecting: entry).children.first { $0.label == label }?.value
                return value.map { Mirror(reflecting: $0).displayStyle == .optional && Mirror(reflecting: $0).children.isEmpty } ?? true
            }
            #expect(!alwaysNil, "no entry of the fixture sets \(label)")
        }
    }

    /// The written file decodes as the report itself and re-encodes to the same bytes.
    @Test func writtenJSONDecodesAsTheReport() throws {
        let written = Data(BuildReport(Self.outcomes).json())
        let decoded = try JSONDecoder().decode(BuildReport.self, from: written)
        #expect(decoded.documents.map(\.input) == BuildReport(Self.outcomes).documents.map(\.input))
        #expect(try DocumentJSON.encode(value: decoded) == written)
    }
}
