#if canImport(FoundationXML)
#endif
import Foundation
import FoundationXML
import SOPModel
import SOPWriters
import TestSupport
import Testing

/// The native flowchart: well-formed SVG, every page rasterizes, long procedures paginate with
/// matching off-page connectors, unresolved actors are drawn as such.
@Suite struct SVGFlowchartWriterTests {
    static func wellFormed(_ xml: String) -> Bool {
        XMLParser(data: Data(xml.utf8)).parse()
    }

    @Test func everyRenderingIsWellFormedXML() throws {
        let all = try CorpusDocuments.names.map { try CorpusDocuments.document($0) }
            + [SampleDocuments.longProcedure(count: 40), SampleDocuments.empty]
        for document in all {
            let writer = SVGFlowchartWriter()
            #expect(Self.wellFormed(try writer.write(document)), "\(document.source.path)")
            let pages = writer.pages(document)
            #expect(pages.count == writer.pageCount(document))
            for page in pages { #expect(Self.wellFormed(page)) }
        }
    }

    @Test(.enabled(if: Program.available("rsvg-convert", for: "SVGFlowchartWriterTests.rsvgRasterizesEveryPage")))
    func rsvgRasterizesEveryPage() throws {
        let dir = try PackageFiles.temporaryDirectory("sopwriters")
        let all = try CorpusDocuments.names.map { ($0, try CorpusDocuments.document($0)) } + [("long", SampleDocuments.longProcedure(count: 40))]
        for (name, document) in all {
            for (index, page) in SVGFlowchartWriter().pages(document).enumerated() {
                let svg = dir.appendingPathComponent("\(name)-\(index + 1).svg"), png = dir.appendingPathComponent("\(name)-\(index + 1).png")
                try Data(page.utf8).write(to: svg)
                let result = try Program.run("rsvg-convert", ["-o", png.path, svg.path])
                #expect(result.status == 0, "\(name) page \(index + 1): \(result.stderr)")
                let bytes = (try? Data(contentsOf: png)) ?? Data()
                #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(name) page \(index + 1) is not a PNG")
            }
        }
    }

    /// A step with very many inputs: its cell is cut at the row's line limit, so ten times the inputs
    /// give the same drawing (the wrapping's own growth is tested in `TextWrapperTests`). Counts, not a
    /// clock: a bound in seconds on a loaded machine could hardly fail.
    @Test func aStepWithSixtyFourThousandInputsDrawsWhatSixThousandDo() throws {
        func document(inputs count: Int) -> Document {
            let inputs = (1...count).map { "Berkas permohonan nomor \($0) beserta seluruh lampirannya" }
            let step = Step(number: 1, activity: "Menerima berkas", actors: ["staf"], actorEvidence: .named, inputs: inputs)
            return Document(source: Source(path: "inputs.txt", sha256: "0", layout: .tabbed), metadata: Metadata(title: "Banyak"),
                            procedures: [Procedure(title: "P", actors: [Actor(id: "staf", name: "Staf")], steps: [step])])
        }
        let large = try SVGFlowchartWriter().write(document(inputs: 64_000))
        #expect(large.contains("Berkas"))
        #expect(large == (try SVGFlowchartWriter().write(document(inputs: 6_400))))
    }

    /// Ten times the steps give about ten times the pages and the bytes of SVG: the drawing grows
    /// linearly with the procedure.
    @Test func tenTimesTheStepsGiveAboutTenTimesThePagesAndBytes() {
        let writer = SVGFlowchartWriter()
        let small = writer.pages(SampleDocuments.longProcedure(count: 300))
        let large = writer.pages(SampleDocuments.longProcedure(count: 3_000))
        let pages = Double(large.count) / Double(small.count)
        let bytes = Double(large.reduce(0) { $0 + $1.utf8.count }) / Double(small.reduce(0) { $0 + $1.utf8.count })
        #expect(pages >= 9 && pages <= 11, "\(small.count) → \(large.count) pages")
        #expect(bytes >= 9 && bytes <= 11, "bytes × \(bytes)")
    }

    @Test func longProceduresSpreadOverPagesWithMatchingConnectors() throws {
        let document = SampleDocuments.longProcedure(count: 40, back: 12)
        let pages = SVGFlowchartWriter().pages(document)
        #expect(pages.count >= 3)
        for (index, page) in pages.enumerated() {
            #expect(page.contains("Halaman \(index + 1) dari \(pages.count)"))
            // The header is repeated on every page.
            #expect(page.contains(">Kegiatan</text>") && page.contains(">Mutu Baku</text>"))
        }
        // Each connector letter appears on exactly two pages: where the flow leaves and where it arrives.
        let letters = Set(pages.flatMap { connectorLetters(in: $0) })
        #expect(letters.contains("A"))
        for letter in letters {
            #expect(pages.filter { connectorLetters(in: $0).contains(letter) }.count == 2, "connector \(letter)")
        }
        // Every step number is drawn once, in order across pages.
        let all = pages.joined()
        for n in 1...40 { #expect(all.contains(">Langkah \(n): ")) }
    }

    @Test func unresolvedActorsGetAVisibleColumnNeverAGuess() throws {
        let tapin = try SVGFlowchartWriter().write(try CorpusDocuments.document("tapin"))
        #expect(tapin.contains(">Pelaksana belum</text>") || tapin.contains(">Pelaksana belum ditentukan</text>"))
        #expect(tapin.contains("stroke=\"#c62828\""))
        let klungkung = try SVGFlowchartWriter().write(try CorpusDocuments.document("klungkung"))
        #expect(!klungkung.contains("belum ditentukan"))
    }

    @Test func symbolsFollowThePermenpanShapes() throws {
        let page = try #require(SVGFlowchartWriter().pages(try CorpusDocuments.document("klungkung")).first)
        #expect(page.components(separatedBy: " rx=\"12\"").count - 1 == 2, "capsules for the first and last step")
        #expect(page.components(separatedBy: "<polygon points=").count - 1 >= 2 + 2, "two diamonds and their arrowheads")
        #expect(page.contains(">Ya</text>") && page.contains(">Tidak</text>"))
    }

    @Test func aDocumentWithoutProceduresStillGetsAPage() throws {
        let pages = SVGFlowchartWriter().pages(SampleDocuments.empty)
        #expect(pages.count == 1)
        #expect(pages.first?.contains("tidak memuat tabel prosedur") == true)
    }

    private func connectorLetters(in page: String) -> Set<String> {
        // Connector letters are the bold 8.5px labels drawn inside the pentagons.
        var letters: Set<String> = []
        let marker = "font-size=\"8.5\" text-anchor=\"middle\" font-weight=\"bold\">"
        var rest = page[...]
        while let range = rest.range(of: marker) {
            rest = rest[range.upperBound...]
            if let end = rest.firstIndex(of: "<") { letters.insert(String(rest[..<end])) }
        }
        return letters
    }
}
