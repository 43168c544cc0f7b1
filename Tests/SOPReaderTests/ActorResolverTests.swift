import Testing
import SOPModel
@testable import SOPReader

@Suite struct ActorResolverTests {
    static func matcher(_ names: [String], definitions: [Definition] = []) -> ActorMatcher {
        ActorMatcher(actors: names.map { Actor(id: $0, name: $0) }, definitions: definitions)
    }

    static func resolve(_ activities: [String], actors: [String], definitions: [Definition] = []) -> [ActorResolver.Resolution] {
        ActorResolver.resolve(activities.map { ActorResolver.Row(activity: $0, marks: []) },
                              matcher: matcher(actors, definitions: definitions))
    }

    @Test func abbreviationsMatchBothWays() {
        let m = Self.matcher(["Kabag Organisasi", "Kepala OPD", "Kasubbag Umum"])
        #expect(m.mention(at: 0, in: ActorMatcher.scanWords("Kepala Bagian Organisasi mengirimkan surat"))?.actor == 0)
        #expect(m.mention(at: 0, in: ActorMatcher.scanWords("Kepala OPD menugaskan"))?.actor == 1)
        #expect(m.mention(at: 0, in: ActorMatcher.scanWords("Kasubag Umum menerima"))?.actor == 2)
    }

    @Test func typoTolerantAndMostSpecificColumnWins() {
        let m = Self.matcher(["Admin E-Sakip", "Admin Puast E-Sakip"])
        #expect(m.mention(at: 0, in: ActorMatcher.scanWords("Admin E-Sakip Pusat melakukan verifikasi"))?.actor == 1)
        #expect(m.mention(at: 0, in: ActorMatcher.scanWords("Admin E-Sakip OPD melakukan penginputan"))?.actor == 0)
    }

    @Test func bareHeadNounGoesToTheOneColumnItCanMean() {
        let m = Self.matcher(["Kabag Organisasi", "Sekretaris OPD", "Kepala Bidang OPD"])
        #expect(m.mention(at: 0, in: ActorMatcher.scanWords("Bidang menerima kertas kerja"))?.actor == 2)
        #expect(m.mention(at: 0, in: ActorMatcher.scanWords("Sekretaris menyiapkan"))?.actor == 1)
        #expect(m.mention(at: 0, in: ActorMatcher.scanWords("Kepala menerima"))?.actor == nil)
    }

    @Test func documentDefinitionsExtendNames() {
        let definitions = [Definition(term: "Asisten", meaning: "Asisten Administrasi Umum")]
        let m = Self.matcher(["Sekda", "Asisten"], definitions: definitions)
        #expect(m.mention(at: 0, in: ActorMatcher.scanWords("Asisten Administrasi Umum memeriksa"))?.actor == 1)
        #expect(m.mention(at: 0, in: ActorMatcher.scanWords("Sekretaris Daerah menandatangani"))?.actor == 0)
    }

    @Test func evidenceNamedChainInferredUnresolved() {
        let actors = ["Sekda", "Asisten Administrasi Umum", "Kabag Organisasi", "Staf"]
        let result = Self.resolve([
            "Menugaskan Asisten Administrasi Umum untuk menyiapkan surat",
            "Menugaskan Kepala Bagian Organisasi untuk membuat konsep",
            "Kabag Organisasi memeriksa konsep untuk mendapat persetujuan Sekretaris Daerah",
            "Menandatangani surat",
            "Mengarsipkan surat",
        ], actors: actors)
        #expect(result.map(\.actors) == [[0], [1], [2], [0], []])
        #expect(result.map(\.evidence) == [.inferred, .chain, .named, .chain, .unresolved])
    }

    @Test func handoffInsideTheNoBranchIsNoChain() {
        let actors = ["Kasubag Umum", "Staf", "Camat"]
        let result = Self.resolve([
            "Kasubag Umum memeriksa surat, jika tidak sesuai dikembalikan kepada Staf",
            "Menerima surat",
        ], actors: actors)
        #expect(result.last?.evidence == .unresolved)
    }

    @Test func signingGoesToTheMostSeniorColumnAsInferred() {
        let result = Self.resolve(["Menandatangani laporan"], actors: ["Staf", "Camat", "Sekretaris Kecamatan"])
        #expect(result.first == ActorResolver.Resolution(actors: [1], evidence: .inferred))
    }

    @Test func marksComeFirst() {
        let rows = [ActorResolver.Row(activity: "Staf menerima", marks: [(2, .yes), (0, .no)])]
        let result = ActorResolver.resolve(rows, matcher: Self.matcher(["Staf", "Kasubag", "Kabag"]))
        #expect(result.first == ActorResolver.Resolution(actors: [2], evidence: .mark))
    }
}
