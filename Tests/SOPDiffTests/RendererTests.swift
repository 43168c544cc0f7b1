import Foundation
import SOPDiff
import SOPModel
import Testing

/// The three report formats say the same thing, each in its own way.
@Suite struct RendererTests {
    /// Lamandau with a step inserted at 3, a duration changed and the title edited.
    private func revision() throws -> DocumentDiff {
        let old = try Seeds.document("lamandau")
        var new = old
        new.procedures[0].insertStep(.review, at: 2)
        new.procedures[0].steps[9].duration = Duration(text: "1 Hari", min: 1, max: 1, unit: .day)
        new.metadata.title = "Pengisian Portal E-SAKIP Kabupaten Lamandau *Revisi*"
        return RevisionComparer.compare(old, new, oldName: "lama.json", newName: "baru.txt")
    }

    @Test func textReportsOneLinePerChangeAndOneRenumberingLine() throws {
        let text = TextDiffRenderer(color: false).render(try revision())
        #expect(text == """
        --- lama.json
        +++ baru.txt
        ~ metadata.title: title: Pengisian Portal E-SAKIP Kabupaten Lamandau {+*Revisi*+}
        + procedures[0].steps[2]: step 3: “Menyampaikan nota dinas kepada Inspektorat untuk reviu atas rancangan dokumen”
        # procedures[0].steps: steps 3–12 renumbered 4–13
        ~ procedures[0].steps[9].duration: step 10 duration: 1 Jam → 1 Hari
        = procedures[0]: total duration: 31 hari + 5 jam 30 menit + 1 without duration → 33 hari + 4 jam 30 menit + 1 without duration
        13 changes

        """)
        #expect(!text.contains("\u{1B}"))
    }

    @Test func colourIsOnlyAddedWhenAsked() throws {
        let text = TextDiffRenderer(color: true).render(try revision())
        #expect(text.contains("\u{1B}[32m*Revisi*\u{1B}[0m"))
        #expect(!text.contains("{+"))
    }

    @Test func markdownEscapesTheDocumentsTextAndMarksEdits() throws {
        let markdown = MarkdownDiffRenderer.render(try revision())
        #expect(markdown.hasPrefix("### SOP changes: `lama.json` → `baru.txt`\n"))
        #expect(markdown.contains("- **changed** title: Pengisian Portal E-SAKIP Kabupaten Lamandau **\\*Revisi\\*** `metadata.title`"))
        #expect(markdown.contains("- **renumbered** steps 3–12 renumbered 4–13 `procedures[0].steps`"))
        #expect(markdown.hasSuffix("13 changes.\n"))
    }

    @Test func jsonRoundTripsAndNamesEveryChangeThePlainTextNames() throws {
        let diff = try revision()
        let json = try JSONDiffRenderer.render(diff)
        #expect(try JSONDiffRenderer.render(diff) == json, "deterministic")
        let decoded = try JSONDecoder().decode(DocumentDiff.self, from: Data(json.utf8))
        #expect(decoded == diff)
        let text = TextDiffRenderer(color: false).render(diff)
        for change in decoded.changes where change.kind != .renumbered {
            #expect(text.contains(" \(change.path): "), "\(change.path) is in the text report")
        }
        let renumbered = decoded.changes.filter { $0.kind == .renumbered }
        #expect(renumbered.count == 10)
        #expect(renumbered.allSatisfy { $0.new?.number == ($0.old?.number).map { $0 + 1 } })
    }

    @Test func anEquivalentDiffIsSilentInTextAndSaysSoElsewhere() throws {
        let document = try Seeds.document("tapin")
        let diff = RevisionComparer.compare(document, document, oldName: "a", newName: "b")
        #expect(TextDiffRenderer(color: true).render(diff).isEmpty)
        #expect(MarkdownDiffRenderer.render(diff) == "No changes: `a` → `b`\n")
        #expect(try JSONDiffRenderer.render(diff).contains("\"equivalent\" : true"))
    }
}
