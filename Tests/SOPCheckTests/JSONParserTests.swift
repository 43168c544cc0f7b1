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
