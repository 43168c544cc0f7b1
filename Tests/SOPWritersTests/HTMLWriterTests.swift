import Foundation
import SOPModel
import SOPWriters
import TestSupport
import Testing

/// The printable HTML in a real browser: Chromium prints it to PDF with exactly the planned pages,
/// and the PDF's text holds every step's activity.
@Suite struct HTMLWriterTests {
    @Test func isOneSelfContainedFileWithAPagePerPlannedPage() throws {
        let document = try CorpusDocuments.document("kutasari")
        let html = try HTMLWriter().write(document)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("@page { size: A4 landscape; margin: 0; }"))
        #expect(html.components(separatedBy: "<section class=\"page\"").count - 1 == HTMLWriter().pageCount(document))
        #expect(!html.contains("<script") && !html.contains("src=\"http"))
    }

    @Test(.enabled(if: Program.available("chromium", "pdftotext", "pdfinfo", for: "HTMLWriterTests.chromiumPrintsThePlannedPagesWithEveryActivity")))
    func chromiumPrintsThePlannedPagesWithEveryActivity() throws {
        let dir = try PackageFiles.temporaryDirectory("sopwriters")
        let all = try CorpusDocuments.names.map { ($0, try CorpusDocuments.document($0)) } + [("long", SampleDocuments.longProcedure(count: 30))]
        for (name, document) in all {
            let html = dir.appendingPathComponent("\(name).html"), pdf = dir.appendingPathComponent("\(name).pdf")
            try Data(try HTMLWriter().write(document).utf8).write(to: html)
            let print = try Program.run("chromium", [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf-no-header",
                "--user-data-dir=\(dir.appendingPathComponent("profile").path)", "--print-to-pdf=\(pdf.path)", html.absoluteString,
            ])
            #expect(print.status == 0, "\(name): \(print.stderr)")
            let info = String(decoding: try Program.run("pdfinfo", [pdf.path]).stdout, as: UTF8.self)
            let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
            #expect(pages == HTMLWriter().pageCount(document), "\(name): the paginator planned \(HTMLWriter().pageCount(document)) pages")
            let text = compact(String(decoding: try Program.run("pdftotext", ["-raw", pdf.path, "-"]).stdout, as: UTF8.self))
            for step in document.procedures.flatMap(\.steps) {
                #expect(text.contains(compact(step.activity)), "\(name): step \(step.number) missing from the PDF text")
            }
        }
    }

    /// Text without whitespace, so lines wrapped differently still compare.
    private func compact(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }
}
