import Foundation
import SOPCheck
import Testing

/// Keyword behaviour on small schemas (the full schema is covered by SchemaAgreementTests).
@Suite struct SchemaValidatorTests {
    private func messages(_ schema: String, _ instance: String) throws -> [String] {
        let validator = try SchemaValidator(schema: try JSONParser.parse(Data(schema.utf8)))
        return validator.violations(of: try JSONParser.parse(Data(instance.utf8))).map(\.description)
    }

    @Test func oneOfRejectsAValueMatchingTwoBranches() throws {
        let schema = #"{"oneOf": [{"type": "integer"}, {"minimum": 0}]}"#
        #expect(try messages(schema, "5") == ["/: 5 is valid under more than one of the given schemas"])
        #expect(try messages(schema, "-1").isEmpty)
    }

    @Test func refsResolveWithEscapedPointers() throws {
        let schema = ##"{"$defs": {"a/b": {"type": "string", "minLength": 2}}, "items": {"$ref": "#/$defs/a~1b"}}"##
        #expect(try messages(schema, #"["ok", "x"]"#) == [#"/1: "x" is shorter than 2 character(s)"#])
    }

    @Test func minLengthCountsCodePoints() throws {
        #expect(try messages(#"{"minLength": 2}"#, #""😀""#).count == 1)
    }

    @Test func unsupportedKeywordsAndBadRefsAreRefused() {
        #expect(throws: SchemaError.self) { try SchemaValidator(schema: try JSONParser.parse(Data(#"{"maxLength": 3}"#.utf8))) }
        #expect(throws: SchemaError.self) { try SchemaValidator(schema: try JSONParser.parse(Data(##"{"$ref": "#/$defs/x"}"##.utf8))) }
    }
}
