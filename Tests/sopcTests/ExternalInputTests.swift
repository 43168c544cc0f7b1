import Foundation
import TestSupport
import Testing

/// `sopc parse` on a PDF (pdftotext -layout) and on a scanned image (tesseract -l ind), both made from
/// the klungkung seed (see Fixtures/README.md), and the exit-3 message when the program is missing.
@Suite struct ExternalInputTests {
    static let fixtures = PackageFiles.url("Tests/sopcTests/Fixtures")

    static let hasPDFToText = Program.available("pdftotext", for: "pdfInputRecoversTheSteps")
    static let hasTesseract = Program.available("tesseract", for: "imageInputRecoversTheSteps")

    /// The klungkung seed's step openings and durations (Corpus/expected/klungkung.json).
    static let openings = ["Kepala Bagian Organisasi", "Kepala OPD menugaskan", "Sekretaris menyiapkan",
                           "Bidang Menerima kertas", "Sekretaris OPD Memeriksa", "Admin E-Sakip OPD",
                           "Admin E-Sakip Pusat", "Admin E-Sakip pusat"]
    static let durations: [(Double, String)] = [(30, "minute"), (60, "minute"), (60, "minute"), (2, "day"), (2, "hour"),
                                                (1, "day"), (60, "minute"), (10, "minute")]

    func parse(_ file: String, environment: [String: String]? = nil) throws -> (status: Int32, json: [String: Any]?, stderr: String) {
        let arguments = ["parse", "--quiet", Self.fixtures.appendingPathComponent(file).path]
        let result = try Program.run(CLITests.binary, arguments, environment: environment)
        return (result.status, try? JSONSerialization.jsonObject(with: result.stdout) as? [String: Any], result.stderr)
    }

    func steps(_ json: [String: Any]?) -> [[String: Any]] {
        ((json?["procedures"] as? [[String: Any]])?.first?["steps"] as? [[String: Any]]) ?? []
    }

    @Test(.enabled(if: hasPDFToText)) func pdfInputRecoversTheSteps() throws {
        let run = try parse("klungkung.pdf")
        #expect(run.status == 0)
        #expect((run.json?["source"] as? [String: Any])?["layout"] as? String == "aligned")
        #expect((run.json?["metadata"] as? [String: Any])?["number"] as? String == "000.8.3.3/4638/ORG/2024")
        let steps = steps(run.json)
        #expect(steps.compactMap { $0["number"] as? Int } == Array(1...8))
        for (step, opening) in zip(steps, Self.openings) {
            #expect((step["activity"] as? String)?.hasPrefix(opening) == true, "\(step["activity"] ?? "")")
        }
    }

    @Test(.enabled(if: hasTesseract)) func imageInputRecoversTheSteps() throws {
        let run = try parse("klungkung-scan.png")
        #expect(run.status == 0)
        #expect((run.json?["source"] as? [String: Any])?["layout"] as? String == "flattened")
        let steps = steps(run.json)
        #expect(steps.compactMap { $0["number"] as? Int } == Array(1...8))
        for (step, opening) in zip(steps, Self.openings) {
            #expect((step["activity"] as? String)?.hasPrefix(opening) == true, "\(step["activity"] ?? "")")
        }
        let read = steps.map { step -> (Double, String) in
            let duration = step["duration"] as? [String: Any]
            return ((duration?["min"] as? Double) ?? -1, (duration?["unit"] as? String) ?? "")
        }
        #expect(read.map(\.0) == Self.durations.map(\.0))
        #expect(read.map(\.1) == Self.durations.map(\.1))
    }

    @Test func missingProgramExitsThreeNamingTheDebianPackage() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("sopc-empty-path-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let pdf = try parse("klungkung.pdf", environment: ["PATH": empty.path])
        #expect(pdf.status == 3)
        #expect(pdf.stderr.contains("pdftotext") && pdf.stderr.contains("poppler-utils"))
        #expect(pdf.stderr.split(separator: "\n").count == 1)
        let image = try parse("klungkung-scan.png", environment: ["PATH": empty.path])
        #expect(image.status == 3)
        #expect(image.stderr.contains("tesseract-ocr-ind"))
    }

    @Test func missingPDFIsReportedBeforeAnyProgramRuns() throws {
        let run = try parse("no-such-file.pdf")
        #expect(run.status == 3)
        #expect(run.stderr.contains("no such file"))
    }
}
