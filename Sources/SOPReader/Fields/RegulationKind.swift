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
        if let first = keys.first, let candidates = rules(startingWith: first),
           let reading = recognizedReading(candidates, written: written, keys: keys) {
            return reading
        }
        return Reading(kind: written.joined(separator: " "), issuer: nil, isRecognized: false)
    }

    /// The reading by the first of `candidates` (rule indices) that fits, else nil.
    private static func recognizedReading(_ candidates: [Int], written: [String], keys: [String]) -> Reading? {
        for index in candidates {
            let rule = rules[index]
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
        guard let first = nonEmpty.first(where: { _ in true }), let candidates = rules(startingWith: first) else { return false }
        for index in candidates {
            let rule = rules[index]
            if rule.spellings.contains(where: { nonEmpty.starts(with: $0) }) { return true }
            if rule.issuer == .minister, isGlued(first, to: rule) { return true }
        }
        return false
    }

    /// The rules a phrase whose first key is `first` can fit, in rule order: those with a spelling that
    /// starts with that key, and the ministerial ones whose abbreviation it extends ("permendagri").
    /// Nil when there are none, which is the case for most words (one dictionary look-up says so).
    private static func rules(startingWith first: String) -> [Int]? {
        // Every spelling start and glued abbreviation opens with one of a few byte pairs: other keys
        // (most words) are ruled out without hashing.
        var bytes = first.utf8.makeIterator()
        guard let a = bytes.next(), let b = bytes.next(), openingPairs.contains(UInt16(a) << 8 | UInt16(b)) else { return nil }
        let spelled = rulesBySpellingStart[first]
        guard let glued = gluedRules.first(where: { isGlued(first, to: rules[$0]) }) else { return spelled }
        return ((spelled ?? []) + [glued]).sorted()
    }

    /// For each first word of a spelling, the rules with a spelling that starts with it, in rule order.
    private static let rulesBySpellingStart: [String: [Int]] = {
        var table: [String: [Int]] = [:]
        for (index, rule) in rules.enumerated() {
            for start in Set(rule.spellings.compactMap(\.first)) { table[start, default: []].append(index) }
        }
        return table
    }()

    /// The first two bytes of every spelling start (a glued abbreviation starts with one of them too).
    private static let openingPairs: [UInt16] = Set(rulesBySpellingStart.keys.compactMap { start -> UInt16? in
        let bytes = Array(start.utf8)
        return bytes.count >= 2 ? UInt16(bytes[0]) << 8 | UInt16(bytes[1]) : nil
    }).sorted()

    /// The ministerial rules, whose abbreviation a ministry can be glued to ("Permendagri").
    private static let gluedRules: [Int] = rules.indices.filter { rules[$0].issuer == .minister }

    /// True when `first` is the rule's abbreviation with more glued to it ("permendagri" for "permen").
    /// The abbreviation's bytes must lead the key's (no other text has that prefix); the `Character`s decide.
    private static func isGlued(_ first: String, to rule: Rule) -> Bool {
        guard let prefix = rule.spellings.last?.first, first.utf8.starts(with: prefix.utf8) else { return false }
        return first.hasPrefix(prefix) && first.count > prefix.count
    }

    /// A word as `read` compares it: surrounding punctuation removed, lowercased.
    static func key(of word: some StringProtocol) -> String {
        ASCIIText.lowercased(ASCIIText.trimming(Substring(word), where: ASCIIText.isWordPunctuation))
    }

    /// "Permendagri", "Permenpan", "PermenPAN-RB Nomor …", "Kepmenkes": prefix and ministry in one word.
    private static func gluedMinisterial(_ rule: Rule, keys: [String], written: [String]) -> Reading? {
        guard let first = keys.first, isGlued(first, to: rule), let prefix = rule.spellings.last?.first else { return nil }
        let ministry = String(first.dropFirst(prefix.count))
        let rest = Array(written.dropFirst())
        let issuer = ministries[ministry] ?? ministries[lowercased(ministry + rest.joined(separator: "-"))]
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
            return ministries[lowercased(joined)] ?? ministries[lowercased(words.joined())] ?? "Menteri " + joined
        case .place, .asWritten:
            return words.joined(separator: " ")
        }
    }

    /// Drops "Republik Indonesia" / "RI" at the end of an issuer: they name the state, not an issuer.
    private static func withoutNationalSuffix(_ words: [String]) -> [String] {
        let keys = words.suffix(2).map(lowercased)
        if keys == ["republik", "indonesia"] { return Array(words.dropLast(2)) }
        if keys.last == "ri" { return Array(words.dropLast()) }
        return words
    }

    /// `text.lowercased()`, with ASCII text lower-cased byte by byte.
    private static func lowercased(_ text: String) -> String {
        ASCIIText.lowercased(Substring(text))
    }

    private static func trimPunctuation(_ word: some StringProtocol) -> String {
        String(ASCIIText.trimming(Substring(word), where: ASCIIText.isWordPunctuation))
    }
}
