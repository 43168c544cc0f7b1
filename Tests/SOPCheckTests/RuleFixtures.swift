import SOPCheck
import SOPModel

/// A document every lint rule accepts; each rule test breaks one thing in a copy of it.
enum RuleFixtures {
    static let clean: Document = {
        var document = Document(source: Source(path: "contoh.txt", sha256: String(repeating: "a", count: 64), layout: .tabbed))
        document.metadata = Metadata(number: "700/12/2024", title: "PENYUSUNAN LAPORAN KINERJA", created: "2024-01-15",
                                     revised: nil, effective: "2024-04-01",
                                     approvedBy: Approver(position: "Kepala Dinas", name: "Budi Santoso", nip: "196801011990031001"))
        document.legalBasis = [
            LegalBasisEntry(text: "UU Nomor 23 Tahun 2014 tentang Pemerintahan Daerah", kind: "Undang-Undang", number: "23", year: 2014,
                            amendedBy: [RegulationReference(kind: "Undang-Undang", number: "9", year: 2015)], line: 5),
            LegalBasisEntry(text: "UU Nomor 9 Tahun 2015 tentang Perubahan Kedua atas UU 23/2014", kind: "Undang-Undang", number: "9", year: 2015,
                            amends: [RegulationReference(kind: "Undang-Undang", number: "23", year: 2014)], line: 6),
        ]
        document.equipment = ["Komputer"]
        let actors = [Actor(id: "kepala-dinas", name: "Kepala Dinas"), Actor(id: "staf", name: "Staf")]
        let steps = [
            Step(number: 1, activity: "Menyusun konsep laporan", actors: ["staf"], actorEvidence: .mark,
                 inputs: ["Surat permintaan"], duration: Duration(text: "1 Hari", min: 1, max: 1, unit: .day),
                 outputs: ["Konsep laporan"], line: 20),
            Step(number: 2, activity: "Memeriksa konsep laporan", actors: ["kepala-dinas"], actorEvidence: .mark,
                 inputs: ["Konsep laporan"], duration: Duration(text: "2 Jam", min: 2, max: 2, unit: .hour),
                 outputs: ["Konsep laporan yang diperiksa"], decision: Decision(yes: 3, no: 1), line: 21),
            Step(number: 3, activity: "Menandatangani laporan", actors: ["kepala-dinas"], actorEvidence: .mark,
                 inputs: ["Konsep laporan yang diperiksa"], duration: Duration(text: "2-3 Hari Kerja", min: 2, max: 3, unit: .day, workingDays: true),
                 outputs: ["Laporan"], line: 22),
        ]
        document.procedures = [Procedure(title: "PENYUSUNAN LAPORAN", actors: actors, steps: steps, line: 18)]
        return document
    }()

    /// A copy of the clean document changed by `change`.
    static func with(_ change: (inout Document) -> Void) -> Document {
        var document = clean
        change(&document)
        return document
    }

    /// Changes the first procedure's step at `index`.
    static func step(_ index: Int, _ change: @escaping (inout Step) -> Void) -> Document {
        with { change(&$0.procedures[0].steps[index]) }
    }

    /// The findings of the rule with `code` alone.
    static func findings(_ code: String, in document: Document) -> [Diagnostic] {
        RuleCatalog.all.filter { $0.code == code }.flatMap { $0.check(document) }
    }
}
