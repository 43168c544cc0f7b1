import SOPModel

/// Merges Disahkan Oleh with the closing signature block: the identity page wins, the signature fills
/// what it leaves empty, and a field printed differently in the two places is reported.
enum ApproverMerger {
    static func merge(identity: Approver, signature: Approver, signatureLine: Int) -> (Approver, [Diagnostic]) {
        var merged = identity
        var diagnostics: [Diagnostic] = []
        let fields: [(String, WritableKeyPath<Approver, String?>)] = [
            ("position", \.position), ("name", \.name), ("rank", \.rank), ("NIP", \.nip),
        ]
        for (label, path) in fields {
            guard let closing = signature[keyPath: path] else { continue }
            guard let own = identity[keyPath: path] else {
                merged[keyPath: path] = closing
                continue
            }
            if comparable(own) != comparable(closing) {
                diagnostics.append(Diagnostic(.warning, "signature-mismatch",
                    "approver \(label) is \"\(own)\" in Disahkan Oleh but \"\(closing)\" in the closing signature; the first is kept",
                    at: SourceLocation(line: signatureLine)))
            }
        }
        return (merged, diagnostics)
    }

    /// Case, spacing and punctuation do not make two printings differ.
    private static func comparable(_ s: String) -> String {
        // ASCII without CR: the letters and digits are the bytes a–z, A–Z, 0–9.
        guard ASCIIText.isOneBytePerCharacter(s) else { return String(s.lowercased().filter { $0.isLetter || $0.isNumber }) }
        let kept = s.utf8.compactMap { byte -> UInt8? in
            let lower = ASCIIText.lowercased(byte)
            let isLetter = lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
            let isDigit = lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9")
            return isLetter || isDigit ? lower : nil
        }
        return String(decoding: kept, as: UTF8.self)
    }
}
