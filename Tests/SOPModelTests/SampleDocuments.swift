import SOPModel

/// Two documents built in code: one with every optional set, one with every optional nil.
enum SampleDocuments {
    /// Every optional field set, every list non-empty, a whole-number and a fractional duration.
    static var full: Document {
        Document(
            source: Source(path: "Corpus/sample.txt", sha256: String(repeating: "ab", count: 32), layout: .tabbed),
            organization: ["PEMERINTAH KABUPATEN CONTOH", "DINAS KOMUNIKASI DAN INFORMATIKA"],
            address: "Jalan Merdeka No. 1 Telp. (0361) 123456",
            metadata: Metadata(
                number: "700/ /2024",
                title: "PENYUSUNAN LAPORAN KINERJA",
                created: "2024-01-15",
                revised: "2024-03-01",
                effective: "2024-04-01",
                approvedBy: Approver(position: "Kepala Dinas", name: "Dr. Budi Santoso, S.Kom., M.Si.",
                                     rank: "Pembina Utama Muda (IV/c)", nip: "196801011990031001")
            ),
            legalBasis: [
                LegalBasisEntry(
                    text: "Peraturan Bupati Contoh Nomor 12 Tahun 2020 tentang Perubahan Atas Peraturan Bupati Nomor 3 Tahun 2018",
                    kind: "Peraturan Bupati", issuer: "Bupati Contoh", number: "12", year: 2020,
                    subject: "Perubahan Atas Peraturan Bupati Nomor 3 Tahun 2018",
                    amends: [RegulationReference(kind: "Peraturan Bupati", number: "3", year: 2018)],
                    amendedBy: [RegulationReference(kind: "Peraturan Bupati", number: "7", year: 2022)],
                    line: 14
                ),
            ],
            summary: "SOP ini mengatur penyusunan laporan kinerja.",
            purpose: ["Menjamin laporan tepat waktu"],
            qualifications: ["Menguasai komputer"],
            relatedSops: ["SOP Penyusunan Renstra"],
            equipment: ["Komputer", "Printer"],
            warnings: ["Apabila terlambat, laporan tidak diproses"],
            records: ["Disimpan sebagai arsip"],
            definitions: [Definition(term: "Kadis", meaning: "Kepala Dinas")],
            procedures: [
                Procedure(
                    title: "PROSEDUR PENYUSUNAN LAPORAN",
                    actors: [Actor(id: "kepala-dinas", name: "Kepala Dinas"),
                             Actor(id: "staf-pelaksana", name: "Staf Pelaksana")],
                    steps: [
                        Step(number: 1, activity: "Staf menyusun konsep laporan", actors: ["staf-pelaksana"],
                             actorEvidence: .mark, inputs: ["Data kinerja"],
                             duration: Duration(text: "30 Menit per berkas", min: 30, max: 30, unit: .minute,
                                                workingDays: false, per: "berkas"),
                             outputs: ["Konsep laporan"], notes: "Dikerjakan di aplikasi",
                             decision: nil, line: 40),
                        Step(number: 2, activity: "Kepala Dinas memeriksa konsep, jika sesuai lanjut, jika tidak kembali",
                             actors: ["kepala-dinas"], actorEvidence: .named, inputs: ["Konsep laporan"],
                             duration: Duration(text: "2,5 Hari Kerja", min: 2.5, max: 3, unit: .day,
                                                workingDays: true, per: "dokumen"),
                             outputs: ["Laporan disetujui"], notes: "Paraf pada lembar kendali",
                             decision: Decision(yes: 3, no: 1), line: 42),
                    ],
                    line: 38
                ),
            ],
            diagnostics: [
                Diagnostic(.warning, "step-number-gap", "steps jump from 2 to 4", at: SourceLocation(line: 44, column: 3)),
            ]
        )
    }

    /// Every optional nil at every level: the document, a legal basis entry, a procedure, a step, a diagnostic.
    static var minimal: Document {
        Document(
            source: Source(path: "minimal.txt", sha256: String(repeating: "0", count: 64), layout: .flattened),
            legalBasis: [LegalBasisEntry(text: "Undang-Undang tentang sesuatu")],
            procedures: [
                Procedure(steps: [Step(number: 1, activity: "Menerima berkas")]),
            ],
            diagnostics: [Diagnostic(.note, "metadata-number-missing", "no Nomor SOP found")]
        )
    }
}
