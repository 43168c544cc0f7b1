import SOPModel

/// Every Pelaksana column performs some step. Only judged when every step's actor is known: a step
/// whose symbol was lost in conversion may be the one the "unused" column performs.
struct ActorUnusedRule: Rule {
    let code = "actor-unused"
    let severity = Diagnostic.Severity.warning
    let summary = "a Pelaksana (actor) column that no step uses, in a procedure where every step has an actor"

    static func message(_ name: String) -> String { "actor \"\(name)\" performs no step" }

    func check(_ document: Document) -> [Diagnostic] {
        document.procedures.flatMap { procedure -> [Diagnostic] in
            guard !procedure.steps.isEmpty, !procedure.steps.contains(where: { $0.actors.isEmpty }) else { return [] }
            var used: Set<String> = []
            for step in procedure.steps { used.formUnion(step.actors) }
            return procedure.actors.filter { !used.contains($0.id) }.map { finding(Self.message($0.name), line: procedure.line) }
        }
    }
}
