import Testing
import SOPModel
@testable import SOPReader

/// Inputs on which a byte-level fast path once read differently from the Character-level code it
/// replaced (found in review); each now reads as before.
@Suite struct ByteFastPathRegressionTests {
    @Test func lineBreakTagFollowedByACombiningMarkIsText() {
        #expect(RowAssembler.lineBreaksAsSemicolons("Surat<br>\u{338}Data") == "Surat<br>\u{338}Data")
        #expect(RowAssembler.lineBreaksAsSemicolons("Surat<br>é<BR>Data") == "Surat;é;Data")
    }

    @Test func activityWordsWithMarkupAcrossSentencesAreThoseOfTheWholeActivity() {
        let activity = "Ke*pala *OPD* menugaskan. Sekretaris*OPD melaporkan data kinerja"
        #expect(ActivityClauses(activity).words.strings == ActorMatcher.scanWords(activity))
        #expect(ActivityClauses("Menerima surat. Jika lengkap, meneruskan").words.strings
                == ActorMatcher.scanWords("Menerima surat. Jika lengkap, meneruskan"))
    }

    @Test func flattenedHeaderPaddedWithSpacesIsStillAHeader() {
        let padding = String(repeating: " ", count: 4_100)
        let header = "Pelaksana Mutu Baku\nKegiatan Kete rangan\nKabag Sekreta | Staf Kelengkapan\(padding)Waktu Output\nris\n\n"
        let rows = "1. Menerima surat Surat masuk 5 Menit Agenda\n2. Mencatat surat Agenda 10 Menit Register\n"
        let source = SourceText(header + rows)
        let steps = ProcedureReader.read(ProcedureReader.locate(in: source), in: source, definitions: []).procedures.first?.steps ?? []
        #expect(steps.map(\.number) == [1, 2])
    }
}
