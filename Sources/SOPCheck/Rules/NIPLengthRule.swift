import SOPModel

/// A NIP (Nomor Induk Pegawai) has 18 digits. Shares its code with the reader's `nip-length`.
struct NIPLengthRule: Rule {
    let code = "nip-length"
    let severity = Diagnostic.Severity.warning
    let summary = "the approver's NIP is not 18 digits"

    static let validLength = 18

    static func message(_ nip: String) -> String { "NIP \(nip) has \(nip.count) digits, expected \(validLength)" }

    func check(_ document: Document) -> [Diagnostic] {
        guard let nip = document.metadata.approvedBy.nip, nip.count != Self.validLength else { return [] }
        return [finding(Self.message(nip), line: nil)]
    }
}
