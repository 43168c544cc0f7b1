import Foundation
@testable import SOPCheck
import SOPModel
import TestSupport
import Testing

/// `SchemaValidator.conforms(jsonText:)` checks the bytes without building a tree. It must agree with
/// the tree walk (`violations(of:)`) on regular text, and never pass a text the tree walk faults.
@Suite struct SchemaJSONTextTests {
    private let validator: SchemaValidator

    init() throws {
        validator = try SchemaValidator(schema: try JSONParser.parse(Data(EmbeddedSchema.text.utf8)))
    }

    /// Whether the tree walk finds the text valid (false when it is not JSON).
    private func treeConforms(_ text: Data, with validator: SchemaValidator) -> Bool {
        guard let value = try? JSONParser.parse(text) else { return false }
        return validator.violations(of: value).isEmpty
    }

    @Test func agreesOnEveryFixture() throws {
        let folders = ["Corpus/expected", "Tests/SOPCheckTests/Valid", "Tests/SOPModelTests/Invalid", "Tests/SOPCheckTests/Invalid"]
        let files = folders.flatMap { PackageFiles.files(in: $0, endingIn: ".json") }
        #expect(files.count >= 60)
        for file in files {
            let text = try Data(contentsOf: file)
            #expect(validator.conforms(jsonText: Array(text)) == treeConforms(text, with: validator), "\(file.lastPathComponent)")
        }
    }

    /// Every member of an expected document removed, and replaced by a value of each JSON type.
    @Test func agreesOnMutatedDocuments() throws {
        let replacements: [JSONValue] = [.null, .bool(true), .number(0), .number(1.5), .number(5000), .string(""), .string("x"),
                                         .array([]), .array([.string("")]), .object([:])]
        for file in PackageFiles.files(in: "Corpus/expected", endingIn: ".json").prefix(1) {
            let document = try JSONParser.parse(try Data(contentsOf: file))
            var mutants: [JSONValue] = []
            Self.mutate(document) { mutants.append($0) }
            for replacement in replacements {
                Self.replaceEach(in: document, with: replacement) { mutants.append($0) }
            }
            #expect(mutants.count > 100)
            for mutant in mutants {
                let text = try JSONEncoder().encode(mutant)
                #expect(validator.conforms(jsonText: Array(text)) == treeConforms(text, with: validator),
                        "\(String(decoding: text.prefix(200), as: UTF8.self))")
            }
        }
    }

    /// Each object member of `value` removed, one at a time.
    private static func mutate(_ value: JSONValue, _ emit: (JSONValue) -> Void) {
        switch value {
        case .object(let members):
            for key in members.keys {
                var fewer = members
                fewer[key] = nil
                emit(.object(fewer))
                if let member = members[key] {
                    mutate(member) { changed in
                        var copy = members
                        copy[key] = changed
                        emit(.object(copy))
                    }
                }
            }
        case .array(let elements):
            for index in elements.indices.prefix(3) {
                mutate(elements[index]) { changed in
                    var copy = elements
                    copy[index] = changed
                    emit(.array(copy))
                }
            }
        default:
            break
        }
    }

    /// Each member and element (the first three of an array) of `value` replaced by `replacement`.
    private static func replaceEach(in value: JSONValue, with replacement: JSONValue, _ emit: (JSONValue) -> Void) {
        switch value {
        case .object(let members):
            for key in members.keys {
                var copy = members
                copy[key] = replacement
                emit(.object(copy))
                if let member = members[key] {
                    replaceEach(in: member, with: replacement) { changed in
                        var copy = members
                        copy[key] = changed
                        emit(.object(copy))
                    }
                }
            }
        case .array(let elements):
            for index in elements.indices.prefix(3) {
                var copy = elements
                copy[index] = replacement
                emit(.array(copy))
                replaceEach(in: elements[index], with: replacement) { changed in
                    var copy = elements
                    copy[index] = changed
                    emit(.array(copy))
                }
            }
        default:
            break
        }
    }

    /// Keys are matched by their bytes and plain ASCII strings checked undecoded; escaped keys and
    /// strings, non-ASCII and empty strings, an anyOf-or-null member holding an object, an array or
    /// a string must get the tree walk's verdict.
    @Test func agreesOnKeysAndStringsSpelledOtherwise() throws {
        let schema = #"""
        {"type": "object", "required": ["name", "when"], "additionalProperties": false,
         "properties": {"name": {"type": "string", "minLength": 1}, "note": {"type": ["string", "null"]},
                        "code": {"type": "string", "pattern": "^[a-z]+$"}, "long": {"type": "string", "minLength": 3},
                        "when": {"anyOf": [{"$ref": "#/$defs/span"}, {"type": "null"}]},
                        "list": {"anyOf": [{"type": "array", "items": {"type": "integer"}}, {"type": "null"}]}},
         "$defs": {"span": {"type": "object", "required": ["from"], "properties": {"from": {"type": "integer"}}}}}
        """#
        let validator = try SchemaValidator(schema: try JSONParser.parse(Data(schema.utf8)))
        let texts = [#"{"name": "x", "when": null}"#, #"{"n\u0061me": "x", "when": null}"#, #"{"name": "", "when": null}"#,
                     #"{"name": "\u0000", "when": null}"#, #"{"name": "é", "when": null}"#, #"{"name": "a\"b", "when": null}"#,
                     #"{"nam": "x", "when": null}"#, #"{"names": "x", "when": null}"#, #"{"name": "x", "whe\u006E": {"from": 1}}"#,
                     #"{"name": "x", "when": {"from": 1}}"#, #"{"name": "x", "when": {"from": "1"}}"#, #"{"name": "x", "when": {}}"#,
                     #"{"name": "x", "when": []}"#, #"{"name": "x", "when": "1"}"#, #"{"name": "x", "when": null, "note": ""}"#,
                     #"{"name": "x", "when": null, "note": 1}"#, #"{"name": "x", "when": null, "code": "ab"}"#,
                     #"{"name": "x", "when": null, "code": "a1"}"#, #"{"name": "x", "when": null, "long": "ab"}"#,
                     #"{"name": "x", "when": null, "long": "abc"}"#, #"{"name": "x", "when": null, "long": "a\u00e9"}"#,
                     #"{"name": "x", "when": null, "list": [1, 2]}"#, #"{"name": "x", "when": null, "list": [1, "2"]}"#,
                     #"{"name": "x", "when": null, "list": {}}"#, #"{"name": 1, "when": null}"#, #"{"name": "x\ty", "when": null}"#,
                     "{\"name\": \"x\ty\", \"when\": null}", "{\"name\": \"x\", \"wh\u{e9}n\": null}"]
        for text in texts {
            #expect(validator.conforms(jsonText: Array(text.utf8)) == treeConforms(Data(text.utf8), with: validator), "\(text)")
        }
    }

    @Test func plainStringsAreSkippedOnlyWhenTheirBytesAreTheirText() {
        var parser = JSONParser(Data(#""abc" "" "a\"b" "é" "x"#.utf8))
        #expect(parser.skipPlainString() == 1..<4)
        parser.skipWhitespace()
        #expect(parser.skipPlainString() == 7..<7)
        parser.skipWhitespace()
        let escaped = parser.position
        #expect(parser.skipPlainString() == nil)
        #expect(parser.position == escaped)
        parser.position = 16
        #expect(parser.skipPlainString() == nil)
        parser.position = 21
        #expect(parser.skipPlainString() == nil)   // unterminated
    }

    @Test func irregularOrBrokenTextIsLeftToTheTreeWalk() throws {
        let schema = #"""
        {"type": "object", "required": ["a", "b"], "additionalProperties": false,
         "properties": {"a": {"type": "integer"}, "b": {"anyOf": [{"type": "string", "minLength": 2}, {"type": "null"}]},
                        "c": {"allOf": [{"$ref": "#/$defs/n"}, {"maximum": 3}]}, "d": {"items": {"enum": [1, [2]]}}},
         "$defs": {"n": {"type": "number", "minimum": 0}}}
        """#
        let validator = try SchemaValidator(schema: try JSONParser.parse(Data(schema.utf8)))
        let agreeing = [#"{"a": 1, "b": null}"#, #"{"a": 1, "b": "xy", "c": 2, "d": [1, [2]]}"#, #"{"a": 1}"#, #"{"a": 1.5, "b": null}"#,
                        #"{"a": 1, "b": "x"}"#, #"{"a": 1, "b": null, "c": 4}"#, #"{"a": 1, "b": null, "c": -1}"#,
                        #"{"a": 1, "b": null, "d": [[3]]}"#, #"{"a": 1, "b": null, "e": 0}"#, #"[]"#, #"{"a": 1, "b": null} x"#,
                        #"{"a": 1, "b": null"#, "", "  ", #"{"a": 1, "b": null, "d": "#]
        for text in agreeing {
            #expect(validator.conforms(jsonText: Array(text.utf8)) == treeConforms(Data(text.utf8), with: validator), "\(text)")
        }
        // Duplicate keys, a byte order mark or invalid UTF-8: the tree walk decides (false here).
        let irregular = [#"{"a": 1, "a": 2, "b": null}"#, #"{"a": "x", "a": 1, "b": null}"#, "\u{FEFF}" + #"{"a": 1, "b": null}"#]
        for text in irregular {
            #expect(!validator.conforms(jsonText: Array(text.utf8)), "\(text)")
        }
        #expect(!validator.conforms(jsonText: [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x31, 0x2C, 0x22, 0x62, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0x22, 0x7D]))
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(!validator.conforms(jsonText: Array(deep.utf8)))
    }
}
