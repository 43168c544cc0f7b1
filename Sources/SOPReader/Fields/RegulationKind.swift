/// Canonical regulation kinds and issuers from the phrase written before "Nomor"
/// ("Perda Kabupaten Klungkung" → Peraturan Daerah, issuer "Kabupaten Klungkung").
public enum RegulationKind {
    /// What a kind phrase names. `isRecognized` is false when the phrase is kept as written.
    public struct Reading: Equatable, Sendable {
        public var kind: String
        public var issuer: String?
        public var isRecognized: Bool

        public init(kind: String, issuer: String?, isRecognized: Bool) {
            self.kind = kind
            self.issuer = issuer
            self.isRecognized = isRecognized
        }
    }

    /// How the words after a kind's own words are read.
    private enum IssuerRule {
        /// National regulations: no issuer.
        case none
        /// Ministerial regulations: "Menteri" + the words that follow.
        case minister
        /// Regional regulations: the words that follow, as written ("Kabupaten Tapin", "Lamandau").
        case place
        /// Circulars: the words that follow, as written ("Menteri Dalam Negeri").
        case asWritten
    }

    private struct Rule {
        let kind: String
        let spellings: [[String]]
        let issuer: IssuerRule
    }

    /// Longest spellings first inside each rule; rules are tried in order.
    private static let rules: [Rule] = [
        Rule(kind: "Peraturan Pemerintah Pengganti Undang-Undang",
             spellings: [["peraturan", "pemerintah", "pengganti", "undang-undang"],
                         ["peraturan", "pemerintah", "pengganti", "undang", "undang"], ["perppu"], ["perpu"]], issuer: .none),
        Rule(kind: "Undang-Undang Dasar",
             spellings: [["undang-undang", "dasar"], ["undang", "undang", "dasar"], ["uud"]], issuer: .none),
        Rule(kind: "Undang-Undang", spellings: [["undang-undang"], ["undang", "undang"], ["uu"]], issuer: .none),
        Rule(kind: "Peraturan Pemerintah", spellings: [["peraturan", "pemerintah"], ["pp"]], issuer: .none),
        Rule(kind: "Peraturan Presiden", spellings: [["peraturan", "presiden"], ["perpres"]], issuer: .none),
        Rule(kind: "Keputusan Presiden", spellings: [["keputusan", "presiden"], ["keppres"], ["kepres"]], issuer: .none),
        Rule(kind: "Instruksi Presiden", spellings: [["instruksi", "presiden"], ["inpres"]], issuer: .none),
        Rule(kind: "Peraturan Menteri", spellings: [["peraturan", "menteri"], ["permen"]], issuer: .minister),
        Rule(kind: "Keputusan Menteri", spellings: [["keputusan", "menteri"], ["kepmen"]], issuer: .minister),
        Rule(kind: "Peraturan Daerah", spellings: [["peraturan", "daerah"], ["perda"]], issuer: .place),
        Rule(kind: "Peraturan Gubernur", spellings: [["peraturan", "gubernur"], ["pergub"]], issuer: .place),
        Rule(kind: "Peraturan Bupati", spellings: [["peraturan", "bupati"], ["perbup"]], issuer: .place),
        Rule(kind: "Peraturan Wali Kota",
             spellings: [["peraturan", "wali", "kota"], ["peraturan", "walikota"], ["perwali"], ["perwal"], ["perwako"]],
             issuer: .place),
        Rule(kind: "Keputusan Gubernur", spellings: [["keputusan", "gubernur"], ["kepgub"]], issuer: .place),
        Rule(kind: "Keputusan Bupati", spellings: [["keputusan", "bupati"], ["kepbup"]], issuer: .place),
        Rule(kind: "Keputusan Wali Kota", spellings: [["keputusan", "wali", "kota"], ["keputusan", "walikota"]], issuer: .place),
        Rule(kind: "Surat Edaran", spellings: [["surat", "edaran"], ["se"]], issuer: .asWritten),
    ]

    /// Ministries written into the abbreviation ("Permendagri") or after it ("Permen PAN-RB").
    private static let ministries: [String: String] = [
        "dagri": "Menteri Dalam Negeri",
        "pan": "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
        "panrb": "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
        "pan-rb": "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
        "keu": "Menteri Keuangan",
        "kes": "Menteri Kesehatan",
        "dikbud": "Menteri Pendidikan dan Kebudayaan",
        "kumham": "Menteri Hukum dan Hak Asasi Manusia",
        "sos": "Menteri Sosial",
    ]

    /// Reads a kind phrase such as "Peraturan Menteri Dalam Negeri" or "PermenPAN-RB". Nil for an empty phrase.
    public static func read(_ words: [some StringProtocol]) -> Reading? {
        let written = words.map { trimPunctuation($0) }.filter { !$0.isEmpty }
        guard !written.isEmpty else { return nil }
        let keys = written.map { ASCIIText.lowercased(Substring($0)) }
        // Every spelling starts with one of a few words (or a glued abbreviation): others skip the rules.
        if let first = keys.first, spellingStarts.contains(first) || gluedPrefixes.contains(where: { first.hasPrefix($0) }) {
            if let reading = recognizedReading(written: written, keys: keys) { return reading }
        }
        return Reading(kind: written.joined(separator: " "), issuer: nil, isRecognized: false)
    }

    /// The reading of a phrase whose first key may start a spelling: the first rule that fits, else nil.
    private static func recognizedReading(written: [String], keys: [String]) -> Reading? {
        for rule in rules {
            for spelling in rule.spellings where keys.starts(with: spelling) {
                let rest = Array(written.dropFirst(spelling.count))
                return Reading(kind: rule.kind, issuer: issuer(rule.issuer, rest: rest), isRecognized: true)
            }
            if rule.issuer == .minister, let glued = gluedMinisterial(rule, keys: keys, written: written) {
                return glued
            }
        }
        return nil
    }

    /// True exactly when `read` recognises the phrase (`Reading.isRecognized`), without building the
    /// reading. `keys` are the phrase's words passed through `key(of:)`; empty keys are skipped as `read` skips them.
    static func recognizes<Keys: Sequence<String>>(keys: Keys) -> Bool {
        let nonEmpty = keys.lazy.filter { !$0.isEmpty }
        guard let first = nonEmpty.first(where: { _ in true }) else { return false }
        // Every spelling starts with one of a few words; most phrases are ruled out by one look-up.
        guard spellingStarts.contains(first) || gluedPrefixes.contains(where: { first.hasPrefix($0) }) else { return false }
        for rule in rules {
            if rule.spellings.contains(where: { nonEmpty.starts(with: $0) }) { return true }
            if rule.issuer == .minister, let prefix = rule.spellings.last?.first, first.hasPrefix(prefix),
               first.count > prefix.count { return true }
        }
        return false
    }

    /// The first word of every spelling.
    private static let spellingStarts: Set<String> = Set(rules.flatMap { $0.spellings.compactMap(\.first) })
    /// The abbreviations a ministry can be glued to ("Permendagri").
    private static let gluedPrefixes: [String] = rules.filter { $0.issuer == .minister }.compactMap { $0.spellings.last?.first }

    /// A word as `read` compares it: surrounding punctuation removed, lowercased.
    static func key(of word: some StringProtocol) -> String {
        ASCIIText.lowercased(ASCIIText.trimming(Substring(word), where: ASCIIText.isWordPunctuation))
    }

    /// "Permendagri", "Permenpan", "PermenPAN-RB Nomor …", "Kepmenkes": prefix and ministry in one word.
    private static func gluedMinisterial(_ rule: Rule, keys: [String], written: [String]) -> Reading? {
        guard let first = keys.first, let prefix = rule.spellings.last?.first, first.hasPrefix(prefix),
              first.count > prefix.count else { return nil }
        let ministry = String(first.dropFirst(prefix.count))
        let rest = Array(written.dropFirst())
        let issuer = ministries[ministry] ?? ministries[(ministry + rest.joined(separator: "-")).lowercased()]
        return Reading(kind: rule.kind, issuer: issuer, isRecognized: true)
    }

    private static func issuer(_ rule: IssuerRule, rest: [String]) -> String? {
        let words = withoutNationalSuffix(rest)
        guard !words.isEmpty else { return nil }
        switch rule {
        case .none:
            return nil
        case .minister:
            let joined = words.joined(separator: " ")
            return ministries[joined.lowercased()] ?? ministries[words.joined().lowercased()] ?? "Menteri " + joined
        case .place, .asWritten:
            return words.joined(separator: " ")
        }
    }

    /// Drops "Republik Indonesia" / "RI" at the end of an issuer: they name the state, not an issuer.
    private static func withoutNationalSuffix(_ words: [String]) -> [String] {
        let keys = words.map { $0.lowercased() }
        if keys.suffix(2) == ["republik", "indonesia"] { return Array(words.dropLast(2)) }
        if keys.last == "ri" { return Array(words.dropLast()) }
        return words
    }

    private static func trimPunctuation(_ word: some StringProtocol) -> String {
        String(ASCIIText.trimming(Substring(word), where: ASCIIText.isWordPunctuation))
    }
}
