import Foundation
import SOPCheck
import TestSupport
import Testing

/// The Swift validator and python jsonschema agree on every Corpus/expected document, on the broken
/// documents of both test targets (rejected, at the same JSON pointer) and on the valid edge cases.
@Suite(.enabled(if: PythonJSONSchema.isAvailable(for: "SchemaAgreementTests"), "python3 jsonschema not installed"))
struct SchemaAgreementTests {
    private let validator: SchemaValidator

    init() throws {
        let schema = try JSONParser.parse(try Data(contentsOf: PackageFiles.url("Schemas/sop.schema.json")))
        validator = try SchemaValidator(schema: schema)
    }

    /// The pointers of the Swift validator's violations for a file (empty when valid).
    private func swiftPointers(_ file: URL) throws -> Set<String> {
        Set(validator.violations(of: try JSONParser.parse(try Data(contentsOf: file))).map(\.pointer))
    }

    private func expectAgreement(_ folders: [String], minimum: Int) throws {
        let files = folders.flatMap { PackageFiles.files(in: $0, endingIn: ".json") }
        #expect(files.count >= minimum)
        let python = try PythonJSONSchema.validate(files)
        for file in files {
            let name = file.lastPathComponent
            guard let verdict = python[file.path], verdict != .missing else {
                Issue.record("python printed no verdict for \(name)")
                continue
            }
            let swift = try swiftPointers(file)
            if let pointer = verdict.pointer {
                #expect(swift == [pointer], "\(name): python rejects at \(pointer), Swift at \(swift.sorted())")
            } else {
                #expect(swift.isEmpty, "\(name): python accepts, Swift rejects at \(swift.sorted())")
            }
        }
    }

    @Test func expectedCorpusAndValidEdgeCasesPassBoth() throws {
        try expectAgreement(["Corpus/expected", "Tests/SOPCheckTests/Valid"], minimum: 10)
    }

    @Test func brokenDocumentsAreRejectedByBothAtTheSamePointer() throws {
        try expectAgreement(["Tests/SOPModelTests/Invalid", "Tests/SOPCheckTests/Invalid"], minimum: 50)
    }
}

/// The broken documents of this target are rejected by the Swift validator at the defect their
/// defects.txt line names (independent of python, so it runs everywhere).
@Suite struct BrokenDocumentTests {
    @Test func eachBrokenDocumentFailsAtItsDefect() throws {
        let listing = try String(contentsOf: PackageFiles.url("Tests/SOPCheckTests/Invalid/defects.txt"), encoding: .utf8)
        var defects: [String: String] = [:]
        for line in listing.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            if parts.count == 2 { defects[parts[0] + ".json"] = parts[1] }
        }
        let files = PackageFiles.files(in: "Tests/SOPCheckTests/Invalid", endingIn: ".json")
        #expect(Set(files.map(\.lastPathComponent)) == Set(defects.keys))
        let validator = try SchemaValidator(schema: try JSONParser.parse(Data(EmbeddedSchema.text.utf8)))
        for file in files {
            let pointers = Set(validator.violations(of: try JSONParser.parse(try Data(contentsOf: file))).map(\.pointer))
            #expect(pointers == [defects[file.lastPathComponent] ?? "?"], "\(file.lastPathComponent): \(pointers.sorted())")
        }
    }
}
