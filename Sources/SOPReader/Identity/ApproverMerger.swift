import SOPModel

/// Merges Disahkan Oleh with the closing signature block: the identity page wins, the signature fills
/// what it leaves empty, and a field printed differently in the two places is reported.
enum ApproverMerger {
    static func merge(identity: Approver, signature: Approver, signatureLine: Int) -> (Approver, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func field(_ label: String, _ own: String?, _ closing: String?) -> String? {
            guard let closing else { return own }
            guard let own else { return closing }
            if !isSamePrinting(own, closing) {
                diagnostics.append(Diagnostic(.warning, "signature-mismatch",
                    "approver \(label) is \"\(own)\" in Disahkan Oleh but \"\(closing)\" in the closing signature; the first is kept",
                    at: SourceLocation(line: signatureLine)))
            }
            return own
        }
        var merged = identity
        merged.position = field("position", identity.position, signature.position)
        merged.name = field("name", identity.name, signature.name)
        merged.rank = field("rank", identity.rank, signature.rank)
        merged.nip = field("NIP", identity.nip, signature.nip)
        return (merged, diagnostics)
    }

    /// True when the two printings differ at most in case, spacing and punctuation: their letters and digits,
    /// lower-cased, are the same.
    static func isSamePrinting(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        // ASCII without CR: the letters and digits are the bytes a–z, A–Z, 0–9, compared in step.
        if let same = a.withUTF8({ x in b.withUTF8 { y in
            ASCIIText.isOneBytePerCharacter(x) && ASCIIText.isOneBytePerCharacter(y) ? isSameAlphanumerics(x, y) : nil
        } }) {
            return same
        }
        return comparable(a) == comparable(b)
    }

    /// `isSamePrinting` of ASCII bytes: the lower-cased letters and digits of both, read in step.
    private static func isSameAlphanumerics(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        func alphanumeric(_ bytes: UnsafeBufferPointer<UInt8>, from index: inout Int) -> UInt8? {
            while index < bytes.count {
                let lower = ASCIIText.lowercased(bytes[index])
                index += 1
                if lower &- UInt8(ascii: "a") < 26 || lower &- UInt8(ascii: "0") < 10 { return lower }
            }
            return nil
        }
        var i = 0, j = 0
        while true {
            let left = alphanumeric(x, from: &i), right = alphanumeric(y, from: &j)
            guard left == right else { return false }
            if left == nil { return true }
        }
    }

    /// The text's letters and digits, lower-cased, read by `Character`.
    private static func comparable(_ s: String) -> String {
        String(s.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
