import Foundation
import Testing
import SOPModel
@testable import SOPReader

/// Seeds rewritten as a Markdown pipe table and as space-aligned columns read to the same procedures
/// as the tab-separated originals.
@Suite struct LayoutEquivalenceTests {
    static func procedures(_ fixture: String, definitions: [Definition] = []) throws -> ProcedureReading {
        let url = try #require(Bundle.module.url(forResource: fixture, withExtension: nil, subdirectory: "Fixtures"))
        let text = SourceText(try String(contentsOf: url, encoding: .utf8))
        return ProcedureReader.read(ProcedureReader.locate(in: text), in: text, definitions: definitions)
    }

    /// Everything the model says about a step except where it stood in the source.
    static func comparable(_ reading: ProcedureReading) -> [Procedure] {
        reading.procedures.map { procedure in
            var p = procedure
            p.line = nil
            p.steps = p.steps.map { step in
                var s = step
                s.line = nil
                return s
            }
            return p
        }
    }

    static let lamandauDefinitions = [
        Definition(term: "Sekda", meaning: "Sekretaris Daerah Kabupaten Lamandau"),
        Definition(term: "Kabag", meaning: "Kepala Bagian Organisasi"),
        Definition(term: "Asisten", meaning: "Asisten Administrasi Umum"),
    ]

    @Test func markdownRewriteMatchesTabbedOriginal() throws {
        let tabbed = try Self.procedures("lamandau.txt", definitions: Self.lamandauDefinitions)
        let markdown = try Self.procedures("lamandau-markdown.md", definitions: Self.lamandauDefinitions)
        #expect(tabbed.layout == .tabbed)
        #expect(markdown.layout == .markdown)
        #expect(tabbed.procedures.first?.steps.count == 12)
        #expect(Self.comparable(markdown) == Self.comparable(tabbed))
    }

    @Test func alignedRewriteMatchesTabbedOriginal() throws {
        let tabbed = try Self.procedures("klungkung.txt")
        let aligned = try Self.procedures("klungkung-aligned.txt")
        #expect(aligned.layout == .aligned)
        #expect(tabbed.procedures.first?.steps.count == 8)
        #expect(Self.comparable(aligned) == Self.comparable(tabbed))
    }
}
