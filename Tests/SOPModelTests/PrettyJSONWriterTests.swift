import Foundation
import SOPModel
import Testing

/// `DocumentJSON.encode(_:)` writes documents field by field; its bytes must stay those of the
/// Codable form under JSONEncoder (`DocumentJSON.encode(value:)`): key order, nulls, indentation,
/// string escaping (control characters, quotes, backslashes, slashes, non-ASCII) and numbers.
struct PrettyJSONWriterTests {
    /// Every C0 control, DEL, quotes, backslashes, slashes, non-ASCII letters, combining marks,
    /// NBSP, line separators, emoji, noncharacters and an empty string.
    static let awkwardStrings: [String] = [
        "", String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }), "\u{7F}", "\"quoted\" \\back\\slash/ / //",
        "é ñ ü ﬁ — – … → ŏ", "e\u{0301}\u{0302}", "nbsp\u{00A0}x\u{202F}y", "\u{2028}\u{2029}\u{0085}", "👩‍👩‍👧 🇮🇩",
        "\u{FFFE}\u{FFFF}\u{FEFF}", "<script>&amp;</script>", "\r\n\t", String(repeating: "panjang ", count: 2000),
    ]

    static let awkwardNumbers: [Double] = [0, -0.0, 1, -1, 0.5, 2.5, 1.0 / 3, 1e-7, 123456789012345680, 1e21, 1e300,
                                           .leastNonzeroMagnitude, 0.1 + 0.2, 30, 1.5e15, -2.25, Double(Int.max), 9007199254740994,
                                           999_999_999_999_999, 1e15, -999_999_999_999_999, -123_456, 7, 60, 1e14 + 0.5]

    static func awkwardDocument(_ text: String, number: Double?) -> Document {
        var document = SampleDocuments.full
        document.address = text
        document.summary = text.isEmpty ? nil : text
        document.organization.append(text)
        document.metadata.approvedBy.name = text
        document.definitions.append(Definition(term: text, meaning: text))
        document.legalBasis.append(LegalBasisEntry(text: text, kind: text, year: -1,
                                                   amends: [RegulationReference(kind: text, number: nil, year: 0)]))
        document.diagnostics.append(Diagnostic(.warning, "code", text, at: SourceLocation(line: Int.max, column: Int.min)))
        if !document.procedures.isEmpty {
            document.procedures[0].title = text
            document.procedures[0].actors.append(Actor(id: text, name: text))
            document.procedures[0].steps.append(Step(number: -3, activity: text, actors: [text], inputs: [text, ""],
                                                     duration: Duration(text: text, min: number, max: number.map { -$0 },
                                                                        unit: .week, workingDays: true, per: text),
                                                     outputs: [], notes: text, decision: Decision(yes: nil, no: 0), line: 0))
        }
        return document
    }

    @Test("awkward strings give the bytes JSONEncoder gives", arguments: awkwardStrings)
    func stringsMatchEncoder(text: String) throws {
        let document = Self.awkwardDocument(text, number: 2.5)
        #expect(try DocumentJSON.encode(document) == DocumentJSON.encode(value: document))
    }

    /// Strings are tested for escapes eight bytes at a time: each escaped byte, and bytes next to
    /// them in value (space, `!`, `#`, `[`, `]`, DEL, `"` and `\` with the high bit set inside
    /// UTF-8), at every offset of a string longer than two words.
    @Test("an escape at every offset around the eight-byte words gives the bytes JSONEncoder gives")
    func escapesAtEveryOffset() throws {
        let fillers = ["abcdefghijklmnopqrst", " !#[]\u{7F}~ !#[]\u{7F}~ !#[]", "éâ¢\u{710}€Ýéâ\u{710}¢"]
        for special in ["\"", "\\", "\u{0}", "\u{1F}", "\n", "\r\n", "\u{8}"] {
            for filler in fillers {
                var texts: [String] = []
                for offset in 0...filler.count {
                    var text = filler
                    text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: offset))
                    texts.append(text)
                    texts.append(String(text.prefix(offset + 1)))
                }
                var document = SampleDocuments.minimal
                document.organization = texts
                #expect(try DocumentJSON.encode(document) == DocumentJSON.encode(value: document), "\(special.debugDescription)")
            }
        }
    }

    @Test("awkward numbers give the bytes JSONEncoder gives", arguments: awkwardNumbers)
    func numbersMatchEncoder(number: Double) throws {
        let document = Self.awkwardDocument("x", number: number)
        #expect(try DocumentJSON.encode(document) == DocumentJSON.encode(value: document))
    }

    @Test("the sample documents give the bytes JSONEncoder gives")
    func samplesMatchEncoder() throws {
        for document in [SampleDocuments.full, SampleDocuments.minimal,
                         Document(source: Source(path: "a/b.txt", sha256: "0", layout: .aligned))] {
            #expect(try DocumentJSON.encode(document) == DocumentJSON.encode(value: document))
        }
    }

    @Test("a number JSON cannot hold is refused, as JSONEncoder refuses it")
    func nonFiniteNumbersThrow() {
        for number in [Double.nan, .infinity, -.infinity] {
            let document = Self.awkwardDocument("x", number: number)
            #expect(throws: (any Error).self) { try DocumentJSON.encode(document) }
            #expect(throws: (any Error).self) { try DocumentJSON.encode(value: document) }
        }
    }
}
