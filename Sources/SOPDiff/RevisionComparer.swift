import SOPModel

/// `sopc diff`'s engine: compares two revisions of an SOP and lists the changes that matter,
/// in document order. Source path, hash, layout, line numbers and diagnostics are not content
/// and are never compared.
public enum RevisionComparer {
    public static func compare(_ old: Document, _ new: Document, oldName: String = "old", newName: String = "new",
                               options: DiffOptions = DiffOptions()) -> DocumentDiff {
        var changes = ListDiffer.changes(old.organization, new.organization, oldBase: "organization", newBase: "organization",
                                         label: "organization line", options: options)
        changes += [FieldChange.text(old.address, new.address, oldPath: "address", newPath: "address", label: "address", options: options)]
            .compactMap { $0 }
        changes += metadataChanges(old.metadata, new.metadata, options: options)
        changes += LegalBasisDiffer.changes(old.legalBasis, new.legalBasis, options: options)
        changes += [FieldChange.text(old.summary, new.summary, oldPath: "summary", newPath: "summary", label: "summary", options: options)]
            .compactMap { $0 }
        for section in ListSection.all {
            changes += ListDiffer.changes(section.items(old), section.items(new), oldBase: section.field, newBase: section.field,
                                          label: section.itemName, options: options)
        }
        changes += DefinitionsDiffer.changes(old.definitions, new.definitions, options: options)
        let procedures = procedureChanges(old.procedures, new.procedures, options: options)
        changes += procedures.changes
        return DocumentDiff(oldName: oldName, newName: newName, changes: changes, procedureTotals: procedures.totals)
    }

    private static func metadataChanges(_ old: Metadata, _ new: Metadata, options: DiffOptions) -> [Change] {
        let scalars: [(String, String, String?, String?)] = [
            ("metadata.number", "SOP number", old.number, new.number),
            ("metadata.created", "created", old.created, new.created),
            ("metadata.revised", "revised", old.revised, new.revised),
            ("metadata.effective", "effective", old.effective, new.effective),
            ("metadata.approvedBy.position", "approver position", old.approvedBy.position, new.approvedBy.position),
            ("metadata.approvedBy.name", "approver name", old.approvedBy.name, new.approvedBy.name),
            ("metadata.approvedBy.rank", "approver rank", old.approvedBy.rank, new.approvedBy.rank),
            ("metadata.approvedBy.nip", "approver NIP", old.approvedBy.nip, new.approvedBy.nip),
        ]
        var changes = [FieldChange.text(old.title, new.title, oldPath: "metadata.title", newPath: "metadata.title",
                                        label: "title", options: options)].compactMap { $0 }
        changes += scalars.compactMap { FieldChange.scalar($0.2, $0.3, path: $0.0, label: $0.1, options: options) }
        return changes
    }

    /// Procedures are matched by title (30 %), the words of their activities (60 %) and position (10 %).
    private static func procedureChanges(_ old: [Procedure], _ new: [Procedure], options: DiffOptions)
        -> (changes: [Change], totals: [DocumentDiff.ProcedureTotal]) {
        let oldTitles = old.map { TextProfile($0.title ?? "") }, newTitles = new.map { TextProfile($0.title ?? "") }
        let oldContent = old.map { TextProfile(joining: $0.steps.map(\.activity)) }
        let newContent = new.map { TextProfile(joining: $0.steps.map(\.activity)) }
        let alignment = Alignment(oldCount: old.count, newCount: new.count, threshold: 0.3) { i, j in
            let position = 0.1 * RelativePosition.similarity(i, of: old.count, j, of: new.count)
            let content = oldContent[i].wordSimilarity(newContent[j])
            guard old[i].title != nil, new[j].title != nil else { return 0.9 * content + position }
            return 0.3 * oldTitles[i].similarity(newTitles[j]) + 0.6 * content + position
        }
        let describe = { (procedure: Procedure) in
            "“\(procedure.title ?? "untitled")” (\(procedure.steps.count) steps)"
        }
        let elements = AlignedChanges(oldBase: "procedures", newBase: "procedures", label: { _, _ in "procedure" },
                                      oldElement: { (describe(old[$0]), JSONValue(encoding: old[$0])) },
                                      newElement: { (describe(new[$0]), JSONValue(encoding: new[$0])) })
        var totals: [DocumentDiff.ProcedureTotal] = []
        let changes = elements.changes(alignment) { pair, oldPath, newPath in
            let differ = ProcedureDiffer(old: old[pair.old], new: new[pair.new], oldBase: oldPath, newBase: newPath, options: options)
            totals.append(differ.total)
            return differ.changes()
        }
        return (changes, totals.sorted { $0.newPath < $1.newPath })
    }
}
