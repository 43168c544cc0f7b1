import Foundation
import SOPDiff
import SOPModel
import SOPReader
import Testing

/// Identity-page revisions built from the seeds, and the equivalences a diff must see.
@Suite struct DocumentRevisionTests {
    @Test(arguments: Seeds.all)
    func aDocumentComparedWithItselfHasNoChanges(_ seed: String) throws {
        let document = try Seeds.document(seed)
        let diff = RevisionComparer.compare(document, document)
        #expect(diff.isEquivalent)
        #expect(diff.changes.isEmpty)
        #expect(TextDiffRenderer(color: false).render(diff).isEmpty)
    }

    @Test(arguments: Seeds.all)
    func aParsedTextAndItsExpectedJSONAgreeInEveryFormat(_ seed: String) throws {
        let parsed = try SOPParser.parse(data: Seeds.text(seed), path: "elsewhere/\(seed).txt")
        let expected = try Seeds.document(seed)
        let diff = RevisionComparer.compare(parsed, expected)
        #expect(diff.changes.isEmpty)
        #expect(TextDiffRenderer(color: false).render(diff).isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(JSONDiffRenderer.render(diff).utf8)) as? [String: Any]
        #expect(json?["equivalent"] as? Bool == true)
        #expect((json?["changes"] as? [Any])?.isEmpty == true)
    }

    @Test func addingARegulationIsOneAddition() throws {
        let old = try Seeds.document("klungkung")
        var new = old
        new.legalBasis.insert(LegalBasisEntry(text: "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
                                              kind: "Undang-Undang", number: "23", year: 2014, subject: "Pemerintahan Daerah"), at: 0)
        #expect(Seeds.summary(old, new) == ["added legalBasis[0]"])
    }

    @Test func removingARegulationIsOneRemoval() throws {
        let old = try Seeds.document("lamandau")
        var new = old
        new.legalBasis.remove(at: 3)
        #expect(Seeds.summary(old, new) == ["removed legalBasis[3]"])
    }

    @Test func aRegulationWithANewNumberAndYearIsAnAmendment() throws {
        let old = try Seeds.document("lamandau")
        var new = old
        new.legalBasis[3].number = "5"
        new.legalBasis[3].year = 2024
        new.legalBasis[3].text = "Peraturan Bupati Lamandau Nomor 5 tahun 2024 Tentang Kedudukan, Susunan Organisasi, Tugas, Fungsi dan Tata Kerja Sekretariat Daerah Kabupaten Lamandau"
        let changes = RevisionComparer.compare(old, new).changes
        #expect(changes.map { "\($0.kind.rawValue) \($0.path)" } == ["changed legalBasis[3]"])
        #expect(changes.first?.detail == "amended: Nomor 13 Tahun 2022 → Nomor 5 Tahun 2024")
    }

    @Test func editingTheTitleIsOneWordEdit() throws {
        let old = try Seeds.document("lamandau")
        var new = old
        new.metadata.title = "Pengisian Portal E-SAKIP dan E-Kinerja Kabupaten Lamandau"
        let changes = RevisionComparer.compare(old, new).changes
        #expect(changes.map(\.path) == ["metadata.title"])
        #expect(changes.first?.words == [WordEdit(.same, "Pengisian Portal E-SAKIP"), WordEdit(.added, "dan E-Kinerja"),
                                         WordEdit(.same, "Kabupaten Lamandau")])
    }

    @Test func metadataFieldsAreReportedOldToNew() throws {
        let old = try Seeds.document("klungkung")
        var new = old
        new.metadata.number = "000.8.3.3/5000/ORG/2025"
        new.metadata.revised = "2025-01-10"
        new.metadata.approvedBy.nip = "197001011990031001"
        let changes = RevisionComparer.compare(old, new).changes
        #expect(changes.map(\.path).sorted() == ["metadata.approvedBy.nip", "metadata.number", "metadata.revised"])
        #expect(changes.first { $0.path == "metadata.revised" }?.detail == "none → 2025-01-10")
    }

    @Test func movingAListItemIsOneMove() throws {
        let old = try Seeds.document("klungkung")
        var new = old
        let last = new.equipment.removeLast()
        new.equipment.insert(last, at: 0)
        let changes = RevisionComparer.compare(old, new).changes
        #expect(changes.map { "\($0.kind.rawValue) \($0.oldPath ?? "") \($0.newPath ?? "")" } == ["moved equipment[8] equipment[0]"])
    }

    @Test func swappingTwoListItemsIsOneMove() throws {
        let old = try Seeds.document("tapin")
        var new = old
        new.qualifications.swapAt(1, 2)
        #expect(Seeds.summary(old, new).count == 1)
        #expect(RevisionComparer.compare(old, new).changes.first?.kind == .moved)
    }

    @Test func sectionItemsAddedRemovedAndEdited() throws {
        let old = try Seeds.document("tapin")
        var new = old
        new.qualifications[2] = "Memiliki tingkat ketelitian yang sangat baik"
        new.qualifications.remove(at: 4)
        new.records.append("Disimpan dalam aplikasi arsip elektronik")
        #expect(Seeds.summary(old, new) == ["added records[\(old.records.count)]", "changed qualifications[2]", "removed qualifications[4]"])
    }

    @Test func definitionsAreMatchedByTerm() throws {
        let old = try Seeds.document("lamandau")
        var new = old
        new.definitions[1].meaning = "Kepala Bagian Organisasi Sekretariat Daerah"
        new.definitions.append(Definition(term: "LKj", meaning: "Laporan Kinerja"))
        #expect(Seeds.summary(old, new) == ["added definitions[4]", "changed definitions[1].meaning"])
    }

    @Test func caseOnlyEditsAreIgnoredOnRequest() throws {
        let old = try Seeds.document("tapin")
        var new = old
        new.metadata.title = new.metadata.title?.lowercased()
        new.procedures[0].steps[0].activity = new.procedures[0].steps[0].activity.uppercased()
        #expect(Seeds.summary(old, new).count == 2)
        #expect(Seeds.summary(old, new, options: DiffOptions(ignoreCase: true)).isEmpty)
    }

    @Test func sourceLinesAndDiagnosticsAreNotContent() throws {
        let old = try Seeds.document("kutasari")
        var new = old
        new.source = Source(path: "other.txt", sha256: String(repeating: "0", count: 64), layout: .markdown)
        new.diagnostics = []
        new.procedures[0].line = 1
        new.procedures[0].steps[0].line = 2
        new.procedures[0].steps[0].actorEvidence = .mark
        new.legalBasis[0].line = nil
        #expect(Seeds.summary(old, new).isEmpty)
    }

    @Test func unrelatedDocumentsDoNotCrashAndDifferEverywhere() throws {
        for a in Seeds.all {
            for b in Seeds.all where a != b {
                let diff = RevisionComparer.compare(try Seeds.document(a), try Seeds.document(b))
                #expect(!diff.isEquivalent)
            }
        }
    }

    @Test func damagedStepNumbersDoNotCrash() throws {
        let old = try Seeds.document("kutasari")
        var new = old
        for i in new.procedures[0].steps.indices { new.procedures[0].steps[i].number = 1 }
        new.procedures[0].steps[0].decision = Decision(yes: 99, no: -4)
        new.procedures[0].steps[1].actors = ["no-such-actor"]
        let diff = RevisionComparer.compare(old, new)
        #expect(diff.changes.contains { $0.path == "procedures[0].steps[0].decision" })
        #expect(diff.changes.contains { $0.path == "procedures[0].steps[1].actors" })
        #expect(RevisionComparer.compare(Document(source: old.source), old).changes.count > 0)
    }
}
