import Foundation
/// Sorts the lines above the identity fields into issuing-body lines and the address.
enum LetterheadClassifier {
    enum Kind: Equatable { case organization, address, other }

    private static let addressWords: Set<String> = [
        "jalan", "jl", "jln", "telp", "telepon", "tlp", "telpon", "fax", "faks", "faksimile", "website",
        "email", "laman", "kode", "pos", "kodepos",
    ]
    private static let organizationWords: Set<String> = [
        "pemerintah", "sekretariat", "dinas", "badan", "kecamatan", "kabupaten", "kota", "provinsi", "bagian",
        "kelurahan", "desa", "inspektorat", "puskesmas", "universitas", "kementerian", "rsud", "satuan",
        "kantor", "lembaga", "direktorat", "biro", "unit",
    ]

    static func classify(_ text: String) -> Kind {
        let lower = text.lowercased()
        let words = lower.split(whereSeparator: { !$0.isLetter }).map(String.init)
        if words.contains(where: addressWords.contains) || lower.contains("www.") || lower.contains("http")
            || lower.contains("e-mail") || lower.contains("@") {
            return .address
        }
        if lower.contains("standar operasional prosedur") { return .other }
        let letters = text.filter(\.isLetter)
        let upper = letters.filter(\.isUppercase).count
        if !letters.isEmpty, Double(upper) / Double(letters.count) >= 0.6 { return .organization }
        if let first = words.first, organizationWords.contains(first) { return .organization }
        return .other
    }
}
