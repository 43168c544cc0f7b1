import Foundation
import SOPModel
import Testing

/// The JSON that DocumentJSON writes: sorted, explicit nulls, unescaped slashes, stable bytes, lossless.
struct DocumentJSONTests {
    private static let samples: [(name: String, document: Document)] = [
        ("full", SampleDocuments.full),
        ("minimal", SampleDocuments.minimal),
    ]

    private func text(_ document: Document) throws -> String {
        String(decoding: try DocumentJSON.encode(document), as: UTF8.self)
    }

    @Test("every object's keys are written in sorted order", arguments: [0, 1])
    func keysAreSorted(sample: Int) throws {
        let json = try text(Self.samples[sample].document)
        let keyLists = JSONKeyOrder.objectKeyLists(in: json)
        #expect(keyLists.count >= 8, "expected the nested objects of the \(Self.samples[sample].name) document")
        for keys in keyLists {
            #expect(keys == keys.sorted(), "keys out of order: \(keys)")
        }
    }

    @Test("the top-level keys are exactly the model's sixteen keys")
    func topLevelKeys() throws {
        let keyLists = JSONKeyOrder.objectKeyLists(in: try text(SampleDocuments.minimal))
        let topLevel = try #require(keyLists.last)
        #expect(topLevel == [
            "address", "definitions", "diagnostics", "equipment", "legalBasis", "metadata", "organization",
            "procedures", "purpose", "qualifications", "records", "relatedSops", "schemaVersion", "source",
            "summary", "warnings",
        ])
    }

    @Test("nil optionals are written as explicit nulls at every level")
    func nullsAreExplicit() throws {
        let json = try text(SampleDocuments.minimal)
        let nullKeys = [
            "address", "summary", "number", "title", "created", "revised", "effective", "position", "name",
            "rank", "nip", "kind", "issuer", "year", "subject", "line", "duration", "notes", "decision",
            "column",
        ]
        for key in nullKeys {
            #expect(json.contains("\"\(key)\" : null"), "no explicit null for \(key)")
        }
    }

    @Test("a nil field inside a present object is still written as null")
    func nestedNullsInPresentObjects() throws {
        var document = SampleDocuments.minimal
        document.procedures[0].steps[0].duration = Duration(text: "Segera")
        document.procedures[0].steps[0].decision = Decision(yes: 4, no: nil)
        let json = try text(document)
        for key in ["min", "max", "unit", "per", "no"] {
            #expect(json.contains("\"\(key)\" : null"), "no explicit null for \(key)")
        }
        #expect(json.contains("\"workingDays\" : false"))
        #expect(json.contains("\"yes\" : 4"))
    }

    @Test("slashes are not escaped")
    func slashesUnescaped() throws {
        let json = try text(SampleDocuments.full)
        #expect(json.contains("\"number\" : \"700/ /2024\""))
        #expect(json.contains("\"rank\" : \"Pembina Utama Muda (IV/c)\""))
        #expect(!json.contains("\\/"))
    }

    @Test("whole-number durations print without a fraction, fractional ones keep it")
    func wholeNumberDurations() throws {
        let json = try text(SampleDocuments.full)
        #expect(json.contains("\"min\" : 30,"))
        #expect(json.contains("\"max\" : 30,"))
        #expect(json.contains("\"max\" : 3,"))
        #expect(json.contains("\"min\" : 2.5,"))
        #expect(!json.contains("30.0"))
        #expect(!json.contains("3.0,"))
    }

    @Test("output is pretty-printed and ends with one newline")
    func prettyWithTrailingNewline() throws {
        let json = try text(SampleDocuments.minimal)
        #expect(json.hasPrefix("{\n  \"address\" : null,\n"))
        #expect(json.hasSuffix("}\n"))
        #expect(!json.hasSuffix("\n\n"))
    }

    @Test("the same value gives the same bytes twice, and again after a round trip", arguments: [0, 1])
    func deterministic(sample: Int) throws {
        let document = Self.samples[sample].document
        let first = try DocumentJSON.encode(document)
        let second = try DocumentJSON.encode(document)
        #expect(first == second)
        let reencoded = try DocumentJSON.encode(try DocumentJSON.decode(first))
        #expect(reencoded == first)
    }

    @Test("decode(encode(x)) == x", arguments: [0, 1])
    func roundTrip(sample: Int) throws {
        let document = Self.samples[sample].document
        #expect(try DocumentJSON.decode(DocumentJSON.encode(document)) == document)
    }

    @Test("a bare document with only a source round-trips with empty lists")
    func bareDocumentRoundTrip() throws {
        let document = Document(source: Source(path: "a.txt", sha256: String(repeating: "f", count: 64), layout: .markdown))
        let data = try DocumentJSON.encode(document)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["organization", "legalBasis", "purpose", "qualifications", "relatedSops", "equipment",
                    "warnings", "records", "definitions", "procedures", "diagnostics"] {
            #expect((object[key] as? [Any])?.isEmpty == true, "\(key) is not written as an empty list")
        }
        #expect(try DocumentJSON.decode(data) == document)
    }
}
