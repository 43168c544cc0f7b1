import SOPModel
import Foundation
import SOPCheck
import Testing

@Suite struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Data(text.utf8)) }

    @Test func parsesValuesEscapesAndSurrogatePairs() throws {
        let value = try parse(#"{"a": [1, 2.5, -3e2, true, null], "b": "x\"\u00e9\ud83d\ude00\n"}"#)
        #expect(value["a"] == .array([.number(1), .number(2.5), .number(-300), .bool(true), .null]))
        #expect(value["b"] == .string("x\"é😀\n"))
    }

    @Test func integersAndBooleansAreTypedLikeJSONSchema() throws {
        #expect(try parse("2.0").typeName == "integer")
        #expect(try parse("2.5").typeName == "number")
        #expect(try parse("true") != .number(1))
        #expect(try parse("1") == parse("1.0"))
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "\"\u{01}\"", "tru", "{} x", "\"abc"])
    func rejectsMalformedText(_ text: String) {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Data(text.utf8)) }
    }

    @Test func reportsTheLineAndColumnOfAnError() {
        do {
            _ = try JSONParser.parse(Data("{\n  \"a\": ?\n}".utf8))
            Issue.record("accepted bad JSON")
        } catch {
            #expect(error.line == 2)
            #expect(error.column == 8)
        }
    }

    @Test func deepNestingIsRejectedNotACrash() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Data(text.utf8)) }
    }
}

/// The eight-bytes-at-a-time test of `skipPlainString` must never miss a byte that ends a plain string.
@Suite struct PlainTextWordTests {
    private func reference(_ word: UInt64) -> Bool {
        (0..<8).contains { shift in
            let byte = UInt8(truncatingIfNeeded: word >> (8 * UInt64(shift)))
            return byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80
        }
    }

    @Test func everyByteAtEveryPlace() {
        for place in 0..<8 {
            for byte in 0...255 {
                let word = (0x6161_6161_6161_6161 as UInt64) & ~(0xFF << (8 * UInt64(place))) | UInt64(byte) << (8 * UInt64(place))
                #expect(JSONParser.mayEndPlainText(word) == reference(word), "\(byte) at \(place)")
            }
        }
    }

    @Test func randomWordsAreNeverMissed() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<100_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let word = state ^ (state >> 29)
            if reference(word) { #expect(JSONParser.mayEndPlainText(word)) }
        }
    }

    @Test func plainStringsOfEveryLength() {
        for length in 0..<40 {
            for stop in ["\"", "\\\"", "é\"", "\u{1}\""] {
                let text = "\"" + String(repeating: "a", count: length) + stop + "       "
                var parser = JSONParser(bytes: Array(text.utf8))
                let range = parser.skipPlainString()
                #expect(range == (stop == "\"" ? 1..<(1 + length) : nil), "\(length) \(stop.debugDescription)")
            }
        }
    }
}
