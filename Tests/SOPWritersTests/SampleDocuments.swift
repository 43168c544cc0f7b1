import SOPModel

/// Small hand-made documents for the cases the corpus does not cover: long procedures over several
/// pages, back edges across pages, unresolved actors, awkward characters, no procedure at all.
enum SampleDocuments {
    static let awkwardText = "Memeriksa \"draf\" <SK> & lampiran | path C:\\arsip\\n — é ñ"

    /// `count` steps cycling over three actors; every 7th step is unresolved, every 10th a decision
    /// whose Tidak branch goes back `back` steps (possibly to an earlier page).
    static func longProcedure(count: Int, back: Int = 9) -> Document {
        let actors = [Actor(id: "kabag", name: "Kepala Bagian Organisasi"), Actor(id: "staf", name: "Staf"),
                      Actor(id: "sekda", name: "Sekretaris Daerah")]
        let steps = (1...count).map { n -> Step in
            let unresolved = n % 7 == 0
            let decision = n % 10 == 0 ? Decision(yes: n + 1 <= count ? n + 1 : nil, no: max(1, n - back)) : nil
            return Step(number: n, activity: "Langkah \(n): menyiapkan dan memeriksa berkas permohonan nomor \(n) sesuai ketentuan yang berlaku",
                        actors: unresolved ? [] : [actors[n % 3].id], actorEvidence: unresolved ? .unresolved : .named,
                        inputs: ["Berkas \(n)"], duration: Duration(text: "\(n) Menit", min: Double(n), max: Double(n), unit: .minute),
                        outputs: ["Hasil \(n)"], notes: n == 3 ? awkwardText : nil, decision: decision)
        }
        return Document(source: Source(path: "sample.txt", sha256: "0", layout: .tabbed),
                        metadata: Metadata(number: "1/2024", title: "Contoh \(awkwardText)"),
                        procedures: [Procedure(title: "Prosedur Contoh", actors: actors, steps: steps)])
    }

    static let empty = Document(source: Source(path: "empty.txt", sha256: "0", layout: .flattened),
                                metadata: Metadata(title: "Tanpa Prosedur"))
}
