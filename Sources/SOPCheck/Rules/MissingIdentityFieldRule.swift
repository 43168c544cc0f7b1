import SOPModel

/// The identity box must give the Nomor SOP, the Nama SOP, the Tanggal Efektif and who approved it.
struct MissingIdentityFieldRule: Rule {
    let code = "missing-identity-field"
    let severity = Diagnostic.Severity.error
    let summary = "the identity page lacks the SOP number, title, effective date or approver (Disahkan Oleh)"

    static func message(_ field: String) -> String { "identity field \(field) is missing" }

    func check(_ document: Document) -> [Diagnostic] {
        let metadata = document.metadata
        let approver = metadata.approvedBy
        let fields: [(String, Bool)] = [
            ("Nomor SOP (number)", metadata.number == nil),
            ("Nama SOP (title)", metadata.title == nil),
            ("Tanggal Efektif (effective)", metadata.effective == nil),
            ("Disahkan Oleh (approvedBy)", approver.name == nil && approver.position == nil),
        ]
        return fields.filter(\.1).map { finding(Self.message($0.0), line: nil) }
    }
}
