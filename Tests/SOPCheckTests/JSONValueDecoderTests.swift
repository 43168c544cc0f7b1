import Foundation
@testable import SOPCheck
import SOPModel
import TestSupport
import Testing

/// The validator decodes a schema-valid document from its parsed value; it must equal what
/// `JSONDecoder` makes of the text, and anything unusual must fall back to `JSONDecoder`.
@Suite struct JSONValueDecoderTests {
    @Test func goldenDocumentsDecodeAsJSONDecoderDecodesThem() throws {
        let files = PackageFiles.files(in: "Corpus/expected", endingIn: ".json")
        #expect(!files.isEmpty)
        for file in files {
            let data = try Data(contentsOf: file)
            let parsed = try JSONParser.parseNotingIrregularities(data)
            #expect(!parsed.hasIrregularity)
            #expect(try JSONValueDecoder.decode(Document.self, from: parsed.value) == DocumentJSON.decode(data), "\(file.lastPathComponent)")
        }
    }

    @Test func numbersDecodeOnlyWhenExact() throws {
        #expect(try JSONValueDecoder.decode(Int.self, from: .number(5)) == 5)
        #expect(try JSONValueDecoder.decode(Int.self, from: .number(-0.0)) == 0)
        #expect(throws: JSONValueDecoder.Mismatch.self) { try JSONValueDecoder.decode(Int.self, from: .number(5.5)) }
        #expect(throws: JSONValueDecoder.Mismatch.self) { try JSONValueDecoder.decode(Int.self, from: .number(Double(1 << 53))) }
        #expect(throws: JSONValueDecoder.Mismatch.self) { try JSONValueDecoder.decode(Double.self, from: .number(.infinity)) }
        #expect(throws: JSONValueDecoder.Mismatch.self) { try JSONValueDecoder.decode(String.self, from: .null) }
        #expect(try JSONValueDecoder.decode([String?].self, from: .array([.string("a"), .null])) == ["a", nil])
    }

    @Test func irregularTextIsNoted() throws {
        let irregular = [#"{"a": 1, "a": 2}"#, #""\ud800""#, "\u{FEFF}{}", "[1e-400]", "[-2.4e-324]", "[1e400]"]
        for text in irregular {
            #expect(try JSONParser.parseNotingIrregularities(Data(text.utf8)).hasIrregularity, "\(text)")
        }
        #expect(try JSONParser.parseNotingIrregularities(Data([0x22, 0xC3, 0x28, 0x22])).hasIrregularity)
        #expect(try JSONParser.parseNotingIrregularities(Data([0x22, 0xC3, 0xA9, 0x22])).hasIrregularity == false)
        #expect(try JSONParser.parseNotingIrregularities(Data(#"{"é\ud83d\ude00": "a\u00e9\u0301 b"}"#.utf8)).hasIrregularity == false)
    }
}
