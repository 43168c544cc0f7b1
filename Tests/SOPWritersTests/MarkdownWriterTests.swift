import Foundation
import SOPModel
import SOPWriters
import TestSupport
import Testing

/// The Markdown rendering parses as GitHub-flavoured Markdown with one table row per step.
@Suite struct MarkdownWriterTests {
    @Test(.enabled(if: Program.available("pandoc", for: "MarkdownWriterTests.pandocFindsOneTableRowPerStep")))
    func pandocFindsOneTableRowPerStep() throws {
        var documents = try CorpusDocuments.names.map { ($0, try CorpusDocuments.document($0)) }
        documents.append(("long", SampleDocuments.longProcedure(count: 25)))
        for (name, document) in documents {
            let markdown = try MarkdownWriter().write(document)
            let result = try Program.run("pandoc", ["-f", "gfm", "-t", "json"], stdin: Data(markdown.utf8))
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
            let tables = ((json["blocks"] as? [[String: Any]]) ?? []).filter { $0["t"] as? String == "Table" }
            // The first table is the identity table; then one per procedure.
            #expect(tables.count == 1 + document.procedures.count, "\(name)")
            for (procedure, table) in zip(document.procedures, tables.dropFirst()) {
                #expect(bodyRows(table) == procedure.steps.count, "\(name): \(procedure.title ?? "")")
                #expect(headerCells(table) == 6 + procedure.actors.count, "\(name)")
            }
        }
    }

    @Test func stepsShowActorMarksDecisionsAndUnresolvedActors() throws {
        let markdown = try MarkdownWriter().write(try CorpusDocuments.document("klungkung"))
        #expect(markdown.contains("| No | Kegiatan | Kabag Organisasi | Kepala OPD |"))
        #expect(markdown.contains("Ya → 6 / Tidak → 4"))
        #expect(markdown.contains("| 1 | Kepala Bagian Organisasi mengirimkan surat pengumpulan data kinerja kepada seluruh OPD melalui E-surat | ■ |  |"))
        let kutasari = try MarkdownWriter().write(try CorpusDocuments.document("kutasari"))
        #expect(kutasari.contains("_pelaksana belum ditentukan_"))
        #expect(kutasari.contains("Ya → 6 / Tidak → ?"))
    }

    @Test func legalBasisShowsKindNumberAndYear() throws {
        let markdown = try MarkdownWriter().write(try CorpusDocuments.document("klungkung"))
        #expect(markdown.contains("_(Peraturan Daerah Nomor 9 Tahun 2016)_"))
    }

    /// "\r\n" is one Character in Swift: it becomes a space like "\n", so it neither splits a table
    /// row nor, as the end of the last diagnostic, takes the place of the document's final line feed.
    @Test func crlfInTextIsASpaceLikeALineFeed() throws {
        var document = SampleDocuments.longProcedure(count: 2)
        document.procedures[0].steps[0].activity = "Menerima\r\nberkas"
        document.diagnostics = [Diagnostic(.note, "test", "trailing crlf\r\n")]
        let markdown = try MarkdownWriter().write(document)
        #expect(!markdown.utf8.contains(UInt8(ascii: "\r")))
        #expect(markdown.contains("| 1 | Menerima berkas |"))
        #expect(markdown.hasSuffix("`test` trailing crlf \n"))
    }

    @Test func pipesAndMarkupInTextAreEscaped() throws {
        let markdown = try MarkdownWriter().write(SampleDocuments.longProcedure(count: 3))
        #expect(markdown.contains("\\<SK\\> & lampiran \\| path C:\\\\arsip\\\\n"))
    }

    /// The citation is escaped as one text, as `inline(entry.citation)` did: U+1FEF (canonically "`")
    /// in the kind is escaped because the number holds markup; ASCII words are escaped word by word.
    @Test func citationIsEscapedAsAWhole() throws {
        var document = SampleDocuments.longProcedure(count: 2)
        document.legalBasis = [
            LegalBasisEntry(text: "a", kind: "\u{1FEF}", number: "5*", year: 2020),
            LegalBasisEntry(text: "b", kind: "\u{1FEF}", number: "5", year: nil),
            LegalBasisEntry(text: "c_d", kind: "Perda|x", number: nil, year: 7),
            LegalBasisEntry(text: "", kind: nil, number: "1\r", year: nil),
        ]
        let markdown = try MarkdownWriter().write(document)
        #expect(markdown.contains("1. a _(\\\u{1FEF} Nomor 5\\* Tahun 2020)_\n"))
        #expect(markdown.contains("2. b _(\u{1FEF} Nomor 5)_\n"))
        #expect(markdown.contains("3. c\\_d _(Perda\\|x Tahun 7)_\n"))
        #expect(markdown.contains("4.  _(Nomor 1 )_\n"))
    }

    private func bodyRows(_ table: [String: Any]) -> Int {
        // pandoc ≥ 2.10: Table attr caption colspecs head [TableBody] foot; TableBody = [attr, rowHeadCols, [Row], [Row]].
        guard let content = table["c"] as? [Any], content.count >= 5, let bodies = content[4] as? [[Any]] else { return -1 }
        return bodies.reduce(0) { $0 + (($1.count >= 4 ? $1[3] as? [Any] : nil)?.count ?? 0) }
    }

    private func headerCells(_ table: [String: Any]) -> Int {
        guard let content = table["c"] as? [Any], content.count >= 3, let colspecs = content[2] as? [Any] else { return -1 }
        return colspecs.count
    }
}
