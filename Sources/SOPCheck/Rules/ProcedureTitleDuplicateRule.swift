import SOPModel

/// Each procedure of a document has its own title (a table continued on the next page is one
/// procedure, so a repeated title usually means a continuation read as a second table).
struct ProcedureTitleDuplicateRule: Rule {
    let code = "procedure-title-duplicate"
    let severity = Diagnostic.Severity.warning
    let summary = "more than one procedure with the same title"

    static func message(_ title: String, firstLine: Int?) -> String {
        "procedure \"\(title)\" appears more than once" + (firstLine.map { " (first at line \($0))" } ?? "")
    }

    func check(_ document: Document) -> [Diagnostic] {
        var firstLineOfTitle: [String: Int?] = [:]
        var found: [Diagnostic] = []
        for procedure in document.procedures {
            guard let title = procedure.title else { continue }
            let key = CaseFolding.foldedWords(title)
            if let firstLine = firstLineOfTitle[key] {
                found.append(finding(Self.message(title, firstLine: firstLine), line: procedure.line))
            } else {
                firstLineOfTitle[key] = .some(procedure.line)
            }
        }
        return found
    }
}
