import Foundation
import SOPCheck
import TestSupport
import Testing

/// EmbeddedSchema.swift holds exactly Schemas/sop.schema.json; `SOPC_ACCEPT=1` rewrites it when it does not.
@Suite struct EmbeddedSchemaTests {
    static let generated = PackageFiles.url("Sources/SOPCheck/Schema/EmbeddedSchema.swift")

    /// The Swift source embedding `schema` (a raw string literal; the file's last newline is implied).
    static func source(embedding schema: String) -> String {
        let body = schema.hasSuffix("\n") ? String(schema.dropLast()) : schema
        return """
        // Generated from Schemas/sop.schema.json; EmbeddedSchemaTests keeps it in sync
        // (`SOPC_ACCEPT=1 swift test --filter EmbeddedSchemaTests` rewrites it). Do not edit by hand.

        /// The SOP JSON Schema, compiled into the binary so `sopc validate` needs no file beside it.
        public enum EmbeddedSchema {
            /// The text of Schemas/sop.schema.json.
            public static let text = #\"\"\"
        \(body)
        \"\"\"#
        }

        """
    }

    @Test func embeddedSchemaEqualsTheSchemaFile() throws {
        let schema = try String(contentsOf: PackageFiles.url("Schemas/sop.schema.json"), encoding: .utf8)
        #expect(!schema.contains("\"\"\"#"), "the schema text would end the raw string literal")
        if ProcessInfo.processInfo.environment["SOPC_ACCEPT"] == "1" {
            try Self.source(embedding: schema).write(to: Self.generated, atomically: true, encoding: .utf8)
        }
        let embedded = EmbeddedSchema.text + "\n"
        #expect(embedded == schema, "Sources/SOPCheck/Schema/EmbeddedSchema.swift is stale: run SOPC_ACCEPT=1 swift test --filter EmbeddedSchemaTests")
        let file = try String(contentsOf: Self.generated, encoding: .utf8)
        #expect(file == Self.source(embedding: schema), "EmbeddedSchema.swift differs from what the generator writes")
    }

    @Test func embeddedSchemaIsUsable() throws {
        _ = try SchemaValidator(schema: try JSONParser.parse(Data(EmbeddedSchema.text.utf8)))
    }
}
