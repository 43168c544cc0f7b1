/// The model types written field by field through `PrettyJSONWriter`, each object's keys in sorted
/// order and every nil optional as an explicit null — the same bytes as their `Encodable` forms
/// under DocumentJSON's encoder (DocumentJSONTests compares the two).
extension PrettyJSONWriter {
    mutating func write(_ d: Document) throws {
        beginObject()
        key("address"); string(d.address)
        key("definitions"); array(d.definitions) { $0.write($1) }
        key("diagnostics"); array(d.diagnostics) { $0.write($1) }
        key("equipment"); strings(d.equipment)
        key("legalBasis"); array(d.legalBasis) { $0.write($1) }
        key("metadata"); write(d.metadata)
        key("organization"); strings(d.organization)
        key("procedures"); try array(d.procedures) { try $0.write($1) }
        key("purpose"); strings(d.purpose)
        key("qualifications"); strings(d.qualifications)
        key("records"); strings(d.records)
        key("relatedSops"); strings(d.relatedSops)
        key("schemaVersion"); int(d.schemaVersion)
        key("source"); write(d.source)
        key("summary"); string(d.summary)
        key("warnings"); strings(d.warnings)
        endObject()
    }

    mutating func write(_ s: Source) {
        beginObject()
        key("layout"); string(s.layout.rawValue)
        key("path"); string(s.path)
        key("sha256"); string(s.sha256)
        endObject()
    }

    mutating func write(_ m: Metadata) {
        beginObject()
        key("approvedBy"); write(m.approvedBy)
        key("created"); string(m.created)
        key("effective"); string(m.effective)
        key("number"); string(m.number)
        key("revised"); string(m.revised)
        key("title"); string(m.title)
        endObject()
    }

    mutating func write(_ a: Approver) {
        beginObject()
        key("name"); string(a.name)
        key("nip"); string(a.nip)
        key("position"); string(a.position)
        key("rank"); string(a.rank)
        endObject()
    }

    mutating func write(_ d: Definition) {
        beginObject()
        key("meaning"); string(d.meaning)
        key("term"); string(d.term)
        endObject()
    }

    mutating func write(_ e: LegalBasisEntry) {
        beginObject()
        key("amendedBy"); array(e.amendedBy) { $0.write($1) }
        key("amends"); array(e.amends) { $0.write($1) }
        key("issuer"); string(e.issuer)
        key("kind"); string(e.kind)
        key("line"); int(e.line)
        key("number"); string(e.number)
        key("subject"); string(e.subject)
        key("text"); string(e.text)
        key("year"); int(e.year)
        endObject()
    }

    mutating func write(_ r: RegulationReference) {
        beginObject()
        key("kind"); string(r.kind)
        key("number"); string(r.number)
        key("year"); int(r.year)
        endObject()
    }

    mutating func write(_ p: Procedure) throws {
        beginObject()
        key("actors"); array(p.actors) { $0.write($1) }
        key("line"); int(p.line)
        key("steps"); try array(p.steps) { try $0.write($1) }
        key("title"); string(p.title)
        endObject()
    }

    mutating func write(_ a: Actor) {
        beginObject()
        key("id"); string(a.id)
        key("name"); string(a.name)
        endObject()
    }

    mutating func write(_ s: Step) throws {
        beginObject()
        key("activity"); string(s.activity)
        key("actorEvidence"); string(s.actorEvidence.rawValue)
        key("actors"); strings(s.actors)
        key("decision")
        if let decision = s.decision { write(decision) } else { null() }
        key("duration")
        if let duration = s.duration { try write(duration) } else { null() }
        key("inputs"); strings(s.inputs)
        key("line"); int(s.line)
        key("notes"); string(s.notes)
        key("number"); int(s.number)
        key("outputs"); strings(s.outputs)
        endObject()
    }

    mutating func write(_ d: Decision) {
        beginObject()
        key("no"); int(d.no)
        key("yes"); int(d.yes)
        endObject()
    }

    mutating func write(_ d: Duration) throws {
        beginObject()
        key("max"); try double(d.max)
        key("min"); try double(d.min)
        key("per"); string(d.per)
        key("text"); string(d.text)
        key("unit"); string(d.unit?.rawValue)
        key("workingDays"); bool(d.workingDays)
        endObject()
    }

    mutating func write(_ d: Diagnostic) {
        beginObject()
        key("code"); string(d.code)
        key("column"); int(d.column)
        key("line"); int(d.line)
        key("message"); string(d.message)
        key("severity"); string(d.severity.rawValue)
        endObject()
    }
}
