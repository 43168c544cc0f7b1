import SOPModel

/// Every Pelaksana column performs some step. Only judged when the procedure assigns actors at all
/// (a table whose symbols were all lost in conversion says nothing about its columns).
struct ActorUnusedRule: Rule {
    let code = "actor-unused"
    let severity = Diagnostic.Severity.warning
    let summary = "a Pelaksana (actor) column that no step uses, in a procedure where steps have actors"

    static func message(_ name: String) -> String { "actor \"\(name)\" performs no step" }

    func check(_ document: Document) -> [Diagnostic] {
        document.procedures.flatMap { procedure -> [Diagnostic] in
            let used = Set(procedure.steps.flatMap(\.actors))
            guard !used.isEmpty else { return [] }
            return procedure.actors.filter { !used.contains($0.id) }.map { finding(Self.message($0.name), line: procedure.line) }
        }
    }
}
