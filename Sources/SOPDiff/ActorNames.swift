import SOPModel

/// Display names of step actors: the procedure's column name for each id, the id if it has none.
enum ActorNames {
    static func names(_ ids: [String], in procedure: Procedure) -> [String] {
        ids.map { id in procedure.actors.first { $0.id == id }?.name ?? id }
    }

    static func list(_ ids: [String], in procedure: Procedure) -> String {
        ids.isEmpty ? "none" : names(ids, in: procedure).joined(separator: ", ")
    }
}
