import Foundation
import SOPModel

/// Runs the schema and the lint rules over one document and merges their findings with the reader's.
///
/// Reader diagnostics are kept (they carry the source position). Where a rule checks what the reader
/// already reports, the two share a code (`step-number-gap`, `nip-length`, `invalid-date`, …): the
/// reader's diagnostic is reported at the rule's severity, and the rule's own finding is dropped when the
/// reader reported that code on the same line (or anywhere, when the rule knows no line) — so a finding
/// is printed once. `--ignore`/`--select` apply to every code, the reader's included.
public struct Validator {
    /// The code of schema violations.
    public static let schemaCode = "schema"

    public let rules: [any Rule]
    private let schema: SchemaValidator
    private let isEnabled: @Sendable (String) -> Bool
    /// The severity each enabled rule gives its code (a reader diagnostic with that code is rated so).
    private let severityOfCode: [String: Diagnostic.Severity]

    /// A validator for the embedded SOP schema with all rules, minus `ignored` codes, or only `selected` ones.
    public init(ignoring ignored: Set<String> = [], selecting selected: Set<String>? = nil) throws(SchemaError) {
        let schemaValue: JSONValue
        do { schemaValue = try JSONParser.parse(Data(EmbeddedSchema.text.utf8)) } catch {
            throw SchemaError(message: "the embedded schema is not JSON: \(error)")
        }
        let isEnabled: @Sendable (String) -> Bool = { code in !ignored.contains(code) && (selected?.contains(code) ?? true) }
        self.schema = try SchemaValidator(schema: schemaValue)
        self.rules = RuleCatalog.all.filter { isEnabled($0.code) }
        self.isEnabled = isEnabled
        self.severityOfCode = Dictionary(rules.map { ($0.code, $0.severity) }, uniquingKeysWith: { first, _ in first })
    }

    /// What validating a JSON text found; `document` is nil when it broke the schema.
    public struct Report {
        public var document: Document?
        public var findings: [Diagnostic]
    }

    /// Checks SOP JSON: schema first; a document that passes it is decoded and linted.
    public func validate(json data: Data) throws(JSONParser.SyntaxError) -> Report {
        let parsed = try JSONParser.parseNotingIrregularities(data)
        if let broken = schemaFindings(of: parsed.value) { return Report(document: nil, findings: broken) }
        do {
            let document = try Self.decode(parsed, data)
            return Report(document: document, findings: lint(document))
        } catch {
            let finding = Diagnostic(.error, Self.schemaCode, "/: cannot be read as an SOP document: \(error)")
            return Report(document: nil, findings: isEnabled(Self.schemaCode) ? [finding] : [])
        }
    }

    /// The document from the parsed value (no second parse); `JSONDecoder` when the text had an
    /// irregularity or the value does not decode so, which then gives the value or the error.
    private static func decode(_ parsed: (value: JSONValue, hasIrregularity: Bool), _ data: Data) throws -> Document {
        if !parsed.hasIrregularity, let document = try? JSONValueDecoder.decode(Document.self, from: parsed.value) { return document }
        return try DocumentJSON.decode(data)
    }

    /// For a caller holding the document its JSON was encoded from (no second decode): the schema
    /// findings of the JSON, or, when it conforms, the lint findings of the document. A conforming text
    /// is checked from its bytes; any other is parsed and checked as `validate(json:)` does.
    public func validate(json bytes: [UInt8], of document: Document) throws(JSONParser.SyntaxError) -> [Diagnostic] {
        if schema.conforms(jsonText: bytes) { return lint(document) }
        return try schemaFindings(of: JSONParser.parse(bytes: bytes)) ?? lint(document)
    }

    /// The schema violations as findings (none when the code is ignored); nil when the value conforms.
    private func schemaFindings(of instance: JSONValue) -> [Diagnostic]? {
        let violations = schema.violations(of: instance)
        guard !violations.isEmpty else { return nil }
        return isEnabled(Self.schemaCode) ? violations.map { Diagnostic(.error, Self.schemaCode, $0.description) } : []
    }

    /// The reader's diagnostics and the rules' findings for a document, deduplicated, in source order.
    public func lint(_ document: Document) -> [Diagnostic] {
        let reader = document.diagnostics.filter { isEnabled($0.code) }.map { diagnostic in
            var rated = diagnostic
            if let severity = severityOfCode[diagnostic.code] { rated.severity = severity }
            return rated
        }
        let readerLines = Set(reader.map { LineKey(code: $0.code, line: $0.line) })
        let readerCodes = Set(reader.map { $0.code })
        let ruleFindings = rules.flatMap { $0.check(document) }.filter { finding in
            finding.line == nil ? !readerCodes.contains(finding.code) : !readerLines.contains(LineKey(code: finding.code, line: finding.line))
        }
        return Self.sourceOrder(reader + ruleFindings)
    }

    private struct LineKey: Hashable {
        var code: String
        var line: Int?
    }

    /// Document-wide findings first, then by line and column; ties keep their order.
    static func sourceOrder(_ findings: [Diagnostic]) -> [Diagnostic] {
        let places = findings.map { (line: $0.line ?? 0, column: $0.column ?? 0) }   // sorted as numbers: no finding is copied
        let order = findings.indices.sorted { a, b in (places[a].line, places[a].column, a) < (places[b].line, places[b].column, b) }
        return order.map { findings[$0] }
    }
}
