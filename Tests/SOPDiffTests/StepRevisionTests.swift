import SOPDiff
import SOPModel
import Testing

/// Step-level revisions built from every seed with a procedure table: each reports exactly the
/// intended changes and nothing else.
@Suite struct StepRevisionTests {
    /// Paths of the renumbered steps after index `from` in procedure 0 of `document`.
    private func renumbered(_ document: Document, from index: Int) -> [String] {
        (index..<(document.procedures.first?.steps.count ?? 0)).map { "renumbered procedures[0].steps[\($0)].number" }
    }

    @Test(arguments: Seeds.withProcedures, [0, 2, 5])
    func insertingAStepIsOneInsertionAndARenumbering(_ seed: String, at index: Int) throws {
        let old = try Seeds.document(seed)
        var new = old
        new.procedures[0].insertStep(.review, at: index)
        let expected = (["added procedures[0].steps[\(index)]"] + renumbered(new, from: index + 1)).sorted()
        #expect(Seeds.summary(old, new) == expected)
        #expect(Seeds.summary(old, new, options: DiffOptions(ignoreRenumbering: true)) == ["added procedures[0].steps[\(index)]"])
    }

    @Test(arguments: Seeds.withProcedures)
    func deletingAStepIsOneRemovalAndARenumbering(_ seed: String) throws {
        let old = try Seeds.document(seed)
        // A step no decision points to, so the revision needs no other edit.
        let targets = Set(old.procedures[0].steps.flatMap { [$0.decision?.yes, $0.decision?.no].compactMap { $0 } })
        let index = try #require(old.procedures[0].steps.indices.dropFirst().first { !targets.contains(old.procedures[0].steps[$0].number) })
        var new = old
        new.procedures[0].deleteStep(at: index)
        let expected = (["removed procedures[0].steps[\(index)]"] + renumbered(new, from: index)).sorted()
        #expect(Seeds.summary(old, new) == expected)
    }

    @Test(arguments: Seeds.withProcedures)
    func swappingTwoStepsIsOneMoveAndOneRenumbering(_ seed: String) throws {
        let old = try Seeds.document(seed)
        var new = old
        new.procedures[0].swapSteps(2)
        let changes = RevisionComparer.compare(old, new).changes
        #expect(changes.count == 2)
        #expect(changes.filter { $0.kind == .moved }.count == 1)
        #expect(changes.filter { $0.kind == .renumbered }.count == 1)
        #expect(Set(changes.compactMap(\.newPath).map { $0.replacingOccurrences(of: ".number", with: "") })
                == ["procedures[0].steps[2]", "procedures[0].steps[3]"])
        let ignoring = RevisionComparer.compare(old, new, options: DiffOptions(ignoreRenumbering: true)).changes
        #expect(ignoring.map(\.kind) == [.moved])
    }

    @Test(arguments: Seeds.withProcedures)
    func renumberingEveryStepIsOnlyRenumbering(_ seed: String) throws {
        let old = try Seeds.document(seed)
        var new = old
        new.procedures[0].shiftNumbers(from: 1, by: 10)
        #expect(Seeds.summary(old, new) == renumbered(new, from: 0).sorted())
        #expect(Seeds.summary(old, new, options: DiffOptions(ignoreRenumbering: true)).isEmpty)
        let text = TextDiffRenderer(color: false).render(RevisionComparer.compare(old, new))
        let count = old.procedures[0].steps.count
        let first = old.procedures[0].steps[0].number
        #expect(text.contains("# procedures[0].steps: steps \(first)–"))
        #expect(text.contains("renumbered \(first + 10)–"))
        #expect(text.split(separator: "\n").count == 4, "header (2), one renumbering line, the count: \(count) steps")
    }

    @Test(arguments: Seeds.withProcedures)
    func reassigningAnActorIsOneActorChange(_ seed: String) throws {
        let old = try Seeds.document(seed)
        var new = old
        let procedure = new.procedures[0]
        let index = 1
        let other = try #require(procedure.actors.first { !procedure.steps[index].actors.contains($0.id) })
        new.procedures[0].steps[index].actors = [other.id]
        let changes = RevisionComparer.compare(old, new).changes
        #expect(changes.map { "\($0.kind.rawValue) \($0.path)" } == ["changed procedures[0].steps[1].actors"])
        #expect(changes.first?.detail?.hasSuffix("→ \(other.name)") == true)
    }

    @Test(arguments: Seeds.withProcedures)
    func changingADurationReportsTheDeltaAndTheTotal(_ seed: String) throws {
        let old = try Seeds.document(seed)
        var new = old
        let index = try #require(old.procedures[0].steps.firstIndex { $0.duration?.unit != nil })
        let before = try #require(old.procedures[0].steps[index].duration)
        var after = before
        after.min = (before.min ?? 0) + 1
        after.max = (before.max ?? 0) + 1
        after.text = "\(Int(after.min ?? 0)) units"
        new.procedures[0].steps[index].duration = after
        let diff = RevisionComparer.compare(old, new)
        #expect(diff.changes.map { "\($0.kind.rawValue) \($0.path)" } == ["changed procedures[0].steps[\(index)].duration"])
        #expect(diff.changes.first?.detail?.hasSuffix("(+1)") == true)
        let total = try #require(diff.procedureTotals.first)
        #expect(total.oldTotal != total.newTotal)
    }

    @Test func aDurationChangeReadsAsOldToNewWithTheDelta() throws {
        let old = try Seeds.document("klungkung")
        var new = old
        new.procedures[0].steps[3].duration = Duration(text: "3 Hari Kerja", min: 3, max: 3, unit: .day, workingDays: true)
        let change = try #require(RevisionComparer.compare(old, new).changes.first)
        #expect(change.detail == "2 → 3 hari kerja (+1)")
    }

    @Test func editingAnActivityIsAWordLevelEdit() throws {
        let old = try Seeds.document("tapin")
        var new = old
        new.procedures[0].steps[2].activity = "Menyiapkan kertas kerja laporan kinerja triwulan"
        let changes = RevisionComparer.compare(old, new).changes
        #expect(changes.map(\.path) == ["procedures[0].steps[2].activity"])
        #expect(changes.first?.words == [WordEdit(.same, "Menyiapkan kertas kerja laporan kinerja"), WordEdit(.added, "triwulan")])
    }

    @Test func changingADecisionTargetIsReportedButRenumberedTargetsAreNot() throws {
        let old = try Seeds.document("klungkung")
        var new = old
        new.procedures[0].steps[4].decision = Decision(yes: 6, no: 3)
        #expect(Seeds.summary(old, new) == ["changed procedures[0].steps[4].decision"])
    }

    @Test func aTargetLeftPointingAtAStepThatChangedNumberIsADecisionChange() throws {
        let old = try Seeds.document("klungkung")
        var new = old
        new.procedures[0].swapSteps(2)
        new.procedures[0].steps[4].decision = old.procedures[0].steps[4].decision   // still "no → 4", now another step
        let change = try #require(RevisionComparer.compare(old, new).changes.first { $0.path.hasSuffix(".decision") })
        #expect(change.detail == "yes → 6, no → 4 (now 3) ⇒ yes → 6, no → 4")
    }

    @Test func addingAnInputIsOneAddedItem() throws {
        let old = try Seeds.document("lamandau")
        var new = old
        new.procedures[0].steps[0].inputs.append("Surat Edaran Sekretaris Daerah")
        #expect(Seeds.summary(old, new) == ["added procedures[0].steps[0].inputs[1]"])
    }

    @Test func renamingAnActorIsOneRenameNotAReassignmentOfItsSteps() throws {
        let old = try Seeds.document("lamandau")
        var new = old
        new.procedures[0].actors[2] = Actor(id: "kepala-bagian-organisasi", name: "Kepala Bagian Organisasi")
        for i in new.procedures[0].steps.indices {
            new.procedures[0].steps[i].actors = new.procedures[0].steps[i].actors.map { $0 == "kabag-organisasi" ? "kepala-bagian-organisasi" : $0 }
        }
        #expect(Seeds.summary(old, new) == ["renamed procedures[0].actors[2].name"])
    }

    @Test func addingAnActorColumnIsOneAddition() throws {
        let old = try Seeds.document("tapin")
        var new = old
        new.procedures[0].actors.append(Actor(id: "inspektorat", name: "Inspektorat"))
        #expect(Seeds.summary(old, new) == ["added procedures[0].actors[4]"])
    }

    @Test func editingAProcedureTitleIsOneWordEdit() throws {
        let old = try Seeds.document("kutasari")
        var new = old
        new.procedures[1].title = "SOP LAPORAN PENGUKURAN PERJANJIAN KINERJA DAN EVALUASI KINERJA KECAMATAN KUTASARI"
        let changes = RevisionComparer.compare(old, new).changes
        #expect(changes.map(\.path) == ["procedures[1].title"])
        #expect(changes.first?.words?.filter { $0.operation != .same } == [WordEdit(.removed, "KUTABARI"), WordEdit(.added, "KUTASARI")])
    }

    @Test func reorderingProceduresIsOneMove() throws {
        let old = try Seeds.document("kutasari")
        var new = old
        new.procedures.reverse()
        #expect(Seeds.summary(old, new).count == 1)
        #expect(RevisionComparer.compare(old, new).changes.first?.kind == .moved)
    }
}
