import Foundation
import SOPModel
import TestSupport
import Testing

/// Schemas/sop.schema.json checked by an independent validator (python jsonschema):
/// the expected corpus and the sample documents pass, every deliberately broken document fails.
// Skipped (with a printed SKIP line) when python3 or its jsonschema module is not installed,
// so a machine without them reports the gap instead of a silent pass.
@Suite(.enabled(if: PythonJSONSchema.isAvailable(for: "SchemaConformanceTests"), "python3 jsonschema not installed"))
struct SchemaConformanceTests {
    @Test("the schema itself is a valid draft 2020-12 schema")
    func schemaIsWellFormed() throws {
        // Validating any file makes the script check the schema first; a bad schema exits with 2 and throws.
        let verdicts = try withTemporaryFiles(["schema-check": SampleDocuments.minimal]) { files in
            try PythonJSONSchema.validate(files)
        }
        #expect(verdicts.count == 1)
    }

    @Test("every Corpus/expected/*.json conforms to the schema")
    func expectedCorpusConforms() throws {
        let files = PackageFiles.files(in: "Corpus/expected", endingIn: ".json")
        guard !files.isEmpty else {
            Issue.record("Corpus/expected holds no .json file: nothing to check against the schema")
            return
        }
        let verdicts = try PythonJSONSchema.validate(files)
        for file in files {
            #expect(verdicts[file.path] == .valid, "\(file.lastPathComponent)")
        }
    }

    @Test("the full and minimal sample documents conform to the schema")
    func sampleDocumentsConform() throws {
        let documents = ["full": SampleDocuments.full, "minimal": SampleDocuments.minimal]
        try withTemporaryFiles(documents) { files in
            let verdicts = try PythonJSONSchema.validate(files)
            #expect(verdicts.count == 2)
            for file in files {
                #expect(verdicts[file.path] == .valid, "\(file.lastPathComponent)")
            }
        }
    }

    /// Each broken document under Invalid/ (file name without .json) and the JSON pointer of its one defect,
    /// so a document rejected for another reason (a stale base) is noticed.
    private static let brokenDocumentDefects: [String: String] = [
        "activity-empty-string":           "/procedures/0/steps/0/activity",
        "actor-evidence-unknown":          "/procedures/0/steps/0/actorEvidence",
        "actor-id-not-kebab-case":         "/procedures/0/actors/0/id",
        "additional-property-in-step":     "/procedures/0/steps/0",
        "additional-property-top-level":   "/",
        "address-empty-string":            "/address",
        "date-month-13":                   "/metadata/effective",
        "date-not-iso":                    "/metadata/created",
        "decision-as-string":              "/procedures/0/steps/0/decision",
        "decision-missing-no":             "/procedures/0/steps/0/decision",
        "decision-string-target":          "/procedures/0/steps/0/decision/yes",
        "diagnostic-code-not-kebab-case":  "/diagnostics/0/code",
        "diagnostic-line-zero":            "/diagnostics/0/line",
        "diagnostic-severity-unknown":     "/diagnostics/0/severity",
        "duration-min-negative":           "/procedures/0/steps/0/duration/min",
        "duration-unit-unknown":           "/procedures/0/steps/0/duration/unit",
        "duration-working-days-null":      "/procedures/0/steps/0/duration/workingDays",
        "layout-unknown":                  "/source/layout",
        "legal-basis-number-as-integer":   "/legalBasis/0/number",
        "legal-basis-year-as-string":      "/legalBasis/0/year",
        "list-item-empty-string":          "/equipment/0",
        "list-null-instead-of-empty":      "/purpose",
        "missing-nested-key":              "/procedures/0/steps/0",
        "missing-required-key":            "/",
        "nip-with-letters":                "/metadata/approvedBy/nip",
        "nip-with-spaces":                 "/metadata/approvedBy/nip",
        "notes-empty-string":              "/procedures/0/steps/0/notes",
        "schema-version-2":                "/schemaVersion",
        "source-sha256-too-short":         "/source/sha256",
        "source-sha256-uppercase":         "/source/sha256",
        "step-actor-not-kebab-case":       "/procedures/0/steps/0/actors/0",
        "step-number-fractional":          "/procedures/0/steps/0/number",
        "step-number-zero":                "/procedures/0/steps/0/number",
    ]

    @Test("every deliberately broken document in Invalid/ is rejected at its defect")
    func brokenDocumentsAreRejected() throws {
        let files = PackageFiles.files(in: "Tests/SOPModelTests/Invalid", endingIn: ".json")
        let names = files.map { $0.deletingPathExtension().lastPathComponent }
        #expect(Set(names) == Set(Self.brokenDocumentDefects.keys), "Invalid/ and brokenDocumentDefects disagree")
        let verdicts = try PythonJSONSchema.validate(files)
        for (file, name) in zip(files, names) {
            let verdict = verdicts[file.path] ?? .missing
            guard case .invalid(let message) = verdict else {
                Issue.record("\(name).json was not rejected: \(verdict)")
                continue
            }
            let pointer = Self.brokenDocumentDefects[name] ?? "?"
            #expect(message.hasPrefix("\(pointer): "), "\(name).json rejected for another reason: \(message)")
        }
    }

    /// Encodes documents into a fresh temporary folder, one NAME.json each, runs `body`, then removes the folder.
    private func withTemporaryFiles<T>(_ documents: [String: Document], _ body: ([URL]) throws -> T) throws -> T {
        let folder = try PackageFiles.temporaryDirectory("sopc-schema")
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [URL] = []
        for (name, document) in documents.sorted(by: { $0.key < $1.key }) {
            let file = folder.appendingPathComponent("\(name).json")
            try DocumentJSON.encode(document).write(to: file)
            files.append(file)
        }
        return try body(files)
    }
}
