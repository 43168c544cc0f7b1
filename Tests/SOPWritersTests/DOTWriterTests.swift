import Foundation
import SOPModel
import SOPWriters
import TestSupport
import Testing

/// Graphviz accepts every rendering silently; the lanes come out in column order and the steps in
/// step order, each in its actor's lane.
@Suite struct DOTWriterTests {
    @Test(.enabled(if: Program.available("dot", for: "DOTWriterTests.dotAcceptsEveryDocumentWithoutWarnings")))
    func dotAcceptsEveryDocumentWithoutWarnings() throws {
        let all = try CorpusDocuments.names.map { ($0, try CorpusDocuments.document($0)) }
            + [("long", SampleDocuments.longProcedure(count: 30)), ("empty", SampleDocuments.empty)]
        for (name, document) in all {
            let result = try Program.run("dot", ["-Tsvg"], stdin: Data(try DOTWriter().write(document).utf8))
            #expect(result.status == 0, "\(name)")
            #expect(result.stderr.isEmpty, "\(name): \(result.stderr)")
            #expect(result.stdout.count > 100)
        }
    }

    @Test(.enabled(if: Program.available("dot", for: "DOTWriterTests.lanesKeepColumnOrderAndStepsKeepRows")))
    func lanesKeepColumnOrderAndStepsKeepRows() throws {
        for name in CorpusDocuments.names {
            let document = try CorpusDocuments.document(name)
            let result = try Program.run("dot", ["-Tplain"], stdin: Data(try DOTWriter().write(document).utf8))
            #expect(result.status == 0)
            var position: [String: (x: Double, y: Double)] = [:]
            for line in String(decoding: result.stdout, as: UTF8.self).split(separator: "\n") {
                let fields = line.split(separator: " ")
                if fields.count > 3, fields[0] == "node", let x = Double(fields[2]), let y = Double(fields[3]) {
                    position[String(fields[1])] = (x, y)
                }
            }
            for (p, procedure) in document.procedures.enumerated() where !procedure.steps.isEmpty {
                let prefix = "p\(p + 1)"
                // Every lane has a node in the last row: its placeholder or the end capsule.
                let lastRow = procedure.steps.count + 1
                let laneCount = procedure.actors.count + (procedure.steps.contains { step in
                    !step.actors.contains { id in procedure.actors.contains { $0.id == id } }
                } ? 1 : 0)
                let xs = (0..<laneCount).map { lane in position["\(prefix)_l\(lane)_\(lastRow)"]?.x ?? position["\(prefix)_end"]?.x ?? -1 }
                #expect(xs == xs.sorted(), "\(name): lanes out of column order \(xs)")
                let ys = procedure.steps.indices.compactMap { position["\(prefix)_s\($0)"]?.y }
                #expect(ys.count == procedure.steps.count)
                #expect(zip(ys, ys.dropFirst()).allSatisfy { $0 > $1 }, "\(name): steps out of row order")
            }
        }
    }

    @Test func decisionsAreDiamondsWithYaTidakEdgesAndBackEdges() throws {
        let dot = try DOTWriter().write(try CorpusDocuments.document("klungkung"))
        #expect(dot.contains("p1_s4 [label=\"5. Sekretaris OPD"))
        #expect(dot.contains("shape=diamond"))
        #expect(dot.contains("p1_s4 -> p1_s5 [constraint=false, label=\" Ya \"]"))
        #expect(dot.contains("p1_s4 -> p1_s3 [constraint=false, label=\" Tidak \", style=dashed]"))
        #expect(dot.contains("p1_start -> p1_s0"))
        #expect(dot.contains("p1_s7 -> p1_end"))
        #expect(dot.contains("subgraph cluster_p1_lane0 {\n    label=\"Kabag Organisasi\""))
    }

    @Test func unresolvedStepsGetTheirOwnDashedLane() throws {
        let dot = try DOTWriter().write(try CorpusDocuments.document("tapin"))
        #expect(dot.contains("label=\"Pelaksana belum ditentukan\"; style=dashed; color=red"))
    }

    @Test func quotesAndBackslashesAreEscaped() throws {
        let dot = try DOTWriter().write(SampleDocuments.longProcedure(count: 3))
        #expect(dot.contains("Contoh Memeriksa \\\"draf\\\" <SK> & lampiran | path C:\\\\arsip\\\\n"))
    }

    /// "\r\n" is one Character in Swift: inside a DOT string it becomes a space like "\n".
    @Test func crlfInTextIsASpaceInsideDOTStrings() throws {
        var document = SampleDocuments.longProcedure(count: 10)
        document.procedures[0].steps[9].activity = "Memeriksa\r\nberkas"
        let dot = try DOTWriter().write(document)
        #expect(!dot.utf8.contains(UInt8(ascii: "\r")))
        #expect(dot.contains("tooltip=\"10. Memeriksa berkas\""))
    }
}
