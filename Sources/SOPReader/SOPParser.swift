import Foundation
import SOPModel

/// The reader's entry point: text in, `Document` out. Procedure tables are located first; the lines
/// around them are the identity page, and the lines after the last table may hold the closing signature.
public enum SOPParser {
    /// Decodes the bytes and parses them; `path` is recorded in `source.path`. The bytes are let go once
    /// hashed and decoded (a huge input is then held only as its text), so pass them with `consume`.
    public static func parse(data: consuming Data, path: String) throws(InputError) -> Document {
        let (text, decodingNotes) = try InputDecoder.decode(data)
        let sha256 = SHA256.hexDigest(data)
        _ = consume data
        var document = try parse(text: text, path: path, sha256: sha256)
        document.diagnostics.insert(contentsOf: decodingNotes, at: 0)
        return document
    }

    public static func parse(text: String, path: String, sha256: String? = nil) throws(InputError) -> Document {
        let source = SourceText(text)
        let regions = ProcedureReader.locate(in: source)
        let lastTableLine = regions.map(\.lines.upperBound).max() ?? Int.max
        let identityLines = lines(of: source, outside: regions, before: lastTableLine)
        let trailingLines = Array(source.lines.dropFirst(lastTableLine))  // line n is at index n - 1

        let page = IdentityPageReader.read(identityLines)
        var document = Document(source: Source(path: path, sha256: sha256 ?? SHA256.hexDigest(text.utf8), layout: .tabbed))
        IdentityAssembler.apply(page, to: &document)
        readSignature(trailingLines, into: &document)

        let reading = ProcedureReader.read(regions, in: source, definitions: document.definitions)
        document.procedures = reading.procedures
        document.diagnostics.append(contentsOf: reading.diagnostics)
        document.source.layout = reading.layout ?? (hasTab(text) ? .tabbed : .flattened)

        guard !page.fields.isEmpty || !page.sectionLines.isEmpty || !document.procedures.isEmpty else {
            throw .notAnSOP
        }
        document.diagnostics = ordered(document.diagnostics)
        return document
    }

    /// The lines before line `end` that no region covers, in order; the regions are walked alongside.
    private static func lines(of source: SourceText, outside regions: [TableRegion], before end: Int) -> [SourceLine] {
        let covered = regions.map(\.lines).sorted { $0.lowerBound < $1.lowerBound }
        var next = 0  // the first range that may still cover a line
        var lines: [SourceLine] = []
        for line in source.lines {
            guard line.number < end else { break }
            while next < covered.count, covered[next].upperBound < line.number { next += 1 }
            if next < covered.count, covered[next].contains(line.number) { continue }
            lines.append(line)
        }
        return lines
    }

    /// True when a tab character stands in the text; the bytes rule out the common text without one.
    private static func hasTab(_ text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: "\t")) && text.contains("\t")
    }

    /// The closing signature block fills the approver fields Disahkan Oleh left empty.
    private static func readSignature(_ lines: [SourceLine], into document: inout Document) {
        guard lines.contains(where: { !$0.isBlank }) else { return }
        guard let block = SignatureBlockReader.read(lines) else {
            document.diagnostics += lines.filter { !$0.isBlank }.map { IdentityPageReader.unplaced($0, "after the procedure tables") }
            return
        }
        let (merged, conflicts) = ApproverMerger.merge(identity: document.metadata.approvedBy,
                                                       signature: block.approver,
                                                       signatureLine: block.usedLines.min() ?? 1)
        document.metadata.approvedBy = merged
        document.diagnostics += conflicts
        document.diagnostics += block.problems.map { $0.diagnostic(line: block.usedLines.min()) }
        document.diagnostics += block.unplacedLines.map { IdentityPageReader.unplaced($0, "in the closing signature block") }
    }

    /// Diagnostics without a line first, then by line; stable otherwise.
    private static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let (la, lb) = (a.element.line ?? 0, b.element.line ?? 0)
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
    }
}
