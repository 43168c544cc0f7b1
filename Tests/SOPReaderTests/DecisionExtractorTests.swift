import Testing
import SOPModel
@testable import SOPReader

@Suite struct DecisionExtractorTests {
    static let actors = [Actor(id: "staf", name: "Staf"), Actor(id: "kasubag-umum", name: "Kasubag Umum"), Actor(id: "camat", name: "Camat")]
    static let matcher = ActorMatcher(actors: actors, definitions: [])
    static let steps = [
        Step(number: 1, activity: "Menyusun konsep", actors: ["staf"], actorEvidence: .mark),
        Step(number: 2, activity: "", actors: ["kasubag-umum"], actorEvidence: .mark),
        Step(number: 3, activity: "Menandatangani", actors: ["camat"], actorEvidence: .mark),
    ]

    static func decision(_ activity: String, marks: [CellMark] = []) -> Decision? {
        DecisionExtractor.decision(for: 1, activity: activity, marks: marks, steps: steps,
                                   actorIDs: actors.map(\.id), matcher: matcher)
    }

    @Test func jikaSesuaiJikaTidakSendsBackToTheNamedActorsLatestStep() {
        #expect(Self.decision("Memeriksa konsep. Jika Sesuai, memaraf. Jika Tidak, menugaskan Staf untuk memperbaiki") == Decision(yes: 3, no: 1))
    }

    @Test func bilaSalahKembaliKe() {
        #expect(Self.decision("Mengoreksi konsep, bila benar diteruskan, bila salah kembali ke Staf untuk diperbaiki") == Decision(yes: 3, no: 1))
    }

    @Test func dikembalikanKepadaWithoutCondition() {
        #expect(Self.decision("Memeriksa konsep dan dikembalikan kepada Staf bila belum lengkap") == Decision(yes: 3, no: 1))
    }

    @Test func noBranchTargetUnknownStaysNull() {
        #expect(Self.decision("Memeriksa konsep, jika tidak lengkap dikembalikan ke pemohon") == Decision(yes: 3, no: nil))
    }

    @Test func plainStepsDoNotBranch() {
        #expect(Self.decision("Mengunci data yang telah sesuai") == nil)
        #expect(Self.decision("Menyerahkan konsep kepada Camat") == nil)
    }

    @Test func yaTidakMarksMakeABranch() {
        #expect(Self.decision("Memeriksa konsep", marks: [.yes, .no]) == Decision(yes: 3, no: nil))
        #expect(Self.decision("Memeriksa konsep", marks: [.glyph(decision: true)]) == Decision(yes: 3, no: nil))
    }
}
