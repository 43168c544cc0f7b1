/// Canonical regulation kinds and issuers from the phrase written before "Nomor"
/// ("Perda Kabupaten Klungkung" → Peraturan Daerah, issuer "Kabupaten Klungkung").
///
/// The phrase is read as byte spans (`Span`): each word as written without word punctuation, and its
/// lower-cased key. Keys are compared as bytes with byte tables: every spelling is ASCII letters and
/// `-`, which no other key equals as a `String` either.
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

    /// One word of a phrase: the word as written without surrounding word punctuation (a range of the
    /// written bytes) and that lower-cased (a range of the key bytes). An empty key is a word `read` skips.
    struct Span {
        var written: Range<Int>
        var key: Range<Int>
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
        /// Each spelling's words as key bytes.
        let spellings: [[[UInt8]]]
        let issuer: IssuerRule

        init(kind: String, spellings: [[String]], issuer: IssuerRule) {
            self.kind = kind
            self.spellings = spellings.map { $0.map { Array($0.utf8) } }
            self.issuer = issuer
        }

        /// The abbreviation a ministry can be glued to ("permen" of "Permendagri"): the last spelling's word.
        var gluePrefix: [UInt8]? { issuer == .minister ? spellings.last?.first : nil }
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

    /// The most words a spelling has.
    private static let longestSpelling = rules.flatMap(\.spellings).map(\.count).max() ?? 0

    /// The spellings laid flat, grouped by the word they start with, so that fitting a phrase compares
    /// bytes without walking nested arrays.
    private struct SpellingTable {
        /// A spelling listed under its first word: its rule, and its further words (a range of `words`).
        struct Candidate {
            let rule: Int
            let rest: Range<Int>
            var length: Int { rest.count + 1 }
        }

        /// A word some spelling starts with (in `bytes`) and its spellings (a range of `candidates`), in
        /// the order they are tried: rule order, and inside a rule longest first.
        struct Start {
            let word: Range<Int>
            let candidates: Range<Int>
        }

        /// Every word's key bytes, end to end.
        var bytes: [UInt8] = []
        /// The further words of the spellings, as ranges of `bytes`.
        var words: [Range<Int>] = []
        var candidates: [Candidate] = []
        var starts: [Start] = []
        /// For each first byte, its starts (a range of `starts`). A phrase whose first key is no start (and
        /// extends no glued abbreviation, which starts with a spelling's first byte too) fits no rule: the
        /// answer for most words, most of them by the empty range of their byte.
        var startsByLead = [Range<Int>](repeating: 0..<0, count: 256)

        init(_ rules: [Rule]) {
            var startWords: [[UInt8]] = []
            for word in rules.flatMap(\.spellings).compactMap(\.first) where !startWords.contains(word) {
                startWords.append(word)
            }
            for lead in 0...255 {
                let first = starts.count
                for word in startWords where word.first == UInt8(lead) {
                    let firstCandidate = candidates.count
                    for (index, rule) in rules.enumerated() {
                        for spelling in rule.spellings where spelling.first == word {
                            let firstWord = words.count
                            for further in spelling.dropFirst() { words.append(Self.append(further, to: &bytes)) }
                            candidates.append(Candidate(rule: index, rest: firstWord..<words.count))
                        }
                    }
                    starts.append(Start(word: Self.append(word, to: &bytes), candidates: firstCandidate..<candidates.count))
                }
                startsByLead[lead] = first..<starts.count
            }
        }

        private static func append(_ word: [UInt8], to bytes: inout [UInt8]) -> Range<Int> {
            let start = bytes.count
            bytes.append(contentsOf: word)
            return start..<bytes.count
        }

        /// The start the key is, among the starts of its first byte; nil for none.
        func start(_ keys: [UInt8], _ key: Range<Int>) -> Start? {
            guard let lead = key.first.map({ keys[$0] }) else { return nil }
            for index in startsByLead[Int(lead)] where isSame(starts[index].word, keys, key) { return starts[index] }
            return nil
        }

        /// True when the phrase's non-empty keys start with the candidate's further words.
        func follows(_ phrase: ArraySlice<Span>, _ keys: [UInt8], _ candidate: Candidate) -> Bool {
            var index = phrase.startIndex
            for word in candidate.rest {
                while index < phrase.endIndex, phrase[index].key.isEmpty { index += 1 }
                guard index < phrase.endIndex, isSame(words[word], keys, phrase[index].key) else { return false }
                index += 1
            }
            return true
        }

        /// True when the key is the word of `bytes`.
        private func isSame(_ word: Range<Int>, _ keys: [UInt8], _ key: Range<Int>) -> Bool {
            guard word.count == key.count else { return false }
            var offset = key.lowerBound
            for index in word {
                guard bytes[index] == keys[offset] else { return false }
                offset += 1
            }
            return true
        }
    }

    private static let spellings = SpellingTable(rules)

    /// The ministerial rules with the abbreviation a ministry can be glued to.
    private static let gluedRules: [(rule: Int, prefix: [UInt8])] = rules.indices.compactMap { index in
        rules[index].gluePrefix.map { (index, $0) }
    }

    /// How a phrase fits a rule: by one of its spellings (of `length` words) or by a glued abbreviation.
    private enum Fit {
        case spelled(rule: Int, length: Int)
        case glued(rule: Int, prefix: [UInt8])
    }

    /// The ministerial rule whose abbreviation the key extends ("permendagri"), if any.
    private static func gluedRule(_ keys: [UInt8], _ key: Range<Int>) -> (rule: Int, prefix: [UInt8])? {
        gluedRules.first { isGlued(keys, key, to: $0.prefix) }
    }

    /// False when no rule can start with the key: it is no spelling's first word and extends no abbreviation.
    private static func mayStart(_ keys: [UInt8], _ key: Range<Int>) -> Bool {
        guard let lead = key.first.map({ keys[$0] }), !spellings.startsByLead[Int(lead)].isEmpty else { return false }
        return spellings.start(keys, key) != nil || gluedRule(keys, key) != nil
    }

    /// The first rule (in rule order) the phrase fits, and how; nil when it fits none. Inside a rule its
    /// spellings are tried before its glued abbreviation.
    private static func fit(_ keys: [UInt8], _ phrase: ArraySlice<Span>) -> Fit? {
        guard let firstIndex = phrase.firstIndex(where: { !$0.key.isEmpty }) else { return nil }
        let first = phrase[firstIndex].key
        let table = spellings
        guard !table.startsByLead[Int(keys[first.lowerBound])].isEmpty else { return nil }
        let start = table.start(keys, first)
        let glued = gluedRule(keys, first)
        guard start != nil || glued != nil else { return nil }
        let rest = phrase[(firstIndex + 1)...]
        for index in start?.candidates ?? 0..<0 {
            let candidate = table.candidates[index]
            if let glued, candidate.rule > glued.rule { return .glued(rule: glued.rule, prefix: glued.prefix) }
            if table.follows(rest, keys, candidate) { return .spelled(rule: candidate.rule, length: candidate.length) }
        }
        if let glued { return .glued(rule: glued.rule, prefix: glued.prefix) }
        return nil
    }

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
        var written: [UInt8] = [], keys: [UInt8] = [], spans: [Span] = []
        for word in words {
            let trimmed = ASCIIText.trimming(Substring(word), where: ASCIIText.isWordPunctuation)
            spans.append(Span(written: append(trimmed.utf8, to: &written), key: append(ASCIIText.lowercased(trimmed).utf8, to: &keys)))
        }
        return read(written: written, keys: keys, spans[...])
    }

    /// `read` of a phrase given as spans of `written` and `keys`: Strings are made only for the reading.
    static func read(written: [UInt8], keys: [UInt8], _ phrase: ArraySlice<Span>) -> Reading? {
        guard phrase.contains(where: { !$0.key.isEmpty }) else { return nil }
        let words = phrase.contains(where: { $0.key.isEmpty }) ? phrase.filter { !$0.key.isEmpty }[...] : phrase
        switch fit(keys, phrase) {
        case .spelled(let index, let length):
            let rule = rules[index]
            return Reading(kind: rule.kind, issuer: issuer(rule.issuer, words.dropFirst(length), written, keys), isRecognized: true)
        case .glued(let index, let prefix):
            return gluedMinisterial(rules[index], prefix: prefix, words, written, keys)
        case nil:
            return Reading(kind: joined(words, written, separator: " "), issuer: nil, isRecognized: false)
        }
    }

    /// True exactly when `read` recognises the phrase (`Reading.isRecognized`), without building the
    /// reading. `keys` are the phrase's words passed through `key(of:)`; empty keys are skipped as `read` skips them.
    static func recognizes<Keys: Sequence<String>>(keys: Keys) -> Bool {
        var bytes: [UInt8] = [], spans: [Span] = []
        for key in keys where !key.isEmpty {
            let span = append(key.utf8, to: &bytes)
            spans.append(Span(written: span, key: span))
            if spans.count == 1, !mayStart(bytes, span) { return false }
            if spans.count == longestSpelling { break }
        }
        return recognizes(keys: bytes, spans[...])
    }

    /// `recognizes(keys:)` of a phrase given as spans of `keys`.
    static func recognizes(keys: [UInt8], _ phrase: ArraySlice<Span>) -> Bool {
        fit(keys, phrase) != nil
    }

    /// A word as `read` compares it: surrounding punctuation removed, lowercased.
    static func key(of word: some StringProtocol) -> String {
        ASCIIText.lowercased(ASCIIText.trimming(Substring(word), where: ASCIIText.isWordPunctuation))
    }

    /// True when the bytes of `range` start with `prefix`.
    private static func isPrefix(_ prefix: [UInt8], of bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard prefix.count <= range.count else { return false }
        var index = range.lowerBound
        for byte in prefix {
            guard bytes[index] == byte else { return false }
            index += 1
        }
        return true
    }

    /// True when the key is the abbreviation with more glued to it ("permendagri" for "permen"), the
    /// abbreviation being its leading `Character`s: an ASCII byte after it starts a `Character` of its
    /// own; after a non-ASCII one (perhaps a combining mark) the `Character`s decide.
    private static func isGlued(_ keys: [UInt8], _ key: Range<Int>, to prefix: [UInt8]) -> Bool {
        guard key.count > prefix.count, isPrefix(prefix, of: keys, key) else { return false }
        if keys[key.lowerBound + prefix.count] < 0x80 { return true }
        let text = string(keys, key)
        return text.hasPrefix(String(decoding: prefix, as: UTF8.self)) && text.count > prefix.count
    }

    /// "Permendagri", "Permenpan", "PermenPAN-RB Nomor …", "Kepmenkes": prefix and ministry in one word.
    private static func gluedMinisterial(_ rule: Rule, prefix: [UInt8], _ words: ArraySlice<Span>, _ written: [UInt8],
                                         _ keys: [UInt8]) -> Reading {
        guard var ministry = words.first?.key else { return Reading(kind: rule.kind, issuer: nil, isRecognized: true) }
        ministry = (ministry.lowerBound + prefix.count)..<ministry.upperBound
        let rest = words.dropFirst()
        var issuer = ministries[string(keys, ministry)]
        if issuer == nil {
            let glued = string(keys, ministry) + joined(rest, written, separator: "-")
            issuer = ministries[ASCIIText.lowercased(Substring(glued))]
        }
        return Reading(kind: rule.kind, issuer: issuer, isRecognized: true)
    }

    private static func issuer(_ rule: IssuerRule, _ rest: ArraySlice<Span>, _ written: [UInt8], _ keys: [UInt8]) -> String? {
        let words = withoutNationalSuffix(rest, keys)
        guard !words.isEmpty else { return nil }
        switch rule {
        case .none:
            return nil
        case .minister:
            return ministry(words, keys, separator: UInt8(ascii: " ")) ?? ministry(words, keys, separator: nil)
                ?? "Menteri " + joined(words, written, separator: " ")
        case .place, .asWritten:
            return joined(words, written, separator: " ")
        }
    }

    /// `ministries` with byte keys: every key is ASCII letters and `-`, which no other `String` equals.
    private static let ministryKeys: [(key: [UInt8], name: String)] = ministries.map { (Array($0.key.utf8), $0.value) }

    /// The ministry whose key is the words' keys joined by `separator` (or by nothing): the key of the
    /// words joined, as the lower-casing of a text is that of its `Character`s one by one.
    private static func ministry(_ words: ArraySlice<Span>, _ keys: [UInt8], separator: UInt8?) -> String? {
        ministryKeys.first { isJoined(words, keys, separator: separator, $0.key) }?.name
    }

    /// True when the words' keys joined by `separator` are the bytes `expected`.
    private static func isJoined(_ words: ArraySlice<Span>, _ keys: [UInt8], separator: UInt8?, _ expected: [UInt8]) -> Bool {
        var position = 0
        for (index, word) in words.enumerated() {
            if index > 0, let separator {
                guard position < expected.count, expected[position] == separator else { return false }
                position += 1
            }
            guard expected.count - position >= word.key.count else { return false }
            for byte in keys[word.key] {
                guard expected[position] == byte else { return false }
                position += 1
            }
        }
        return position == expected.count
    }

    private static let republik = Array("republik".utf8), indonesia = Array("indonesia".utf8), ri = Array("ri".utf8)

    /// Drops "Republik Indonesia" / "RI" at the end of an issuer: they name the state, not an issuer.
    private static func withoutNationalSuffix(_ words: ArraySlice<Span>, _ keys: [UInt8]) -> ArraySlice<Span> {
        func isKey(_ word: Span, _ expected: [UInt8]) -> Bool {
            word.key.count == expected.count && isPrefix(expected, of: keys, word.key)
        }
        guard let last = words.last else { return words }
        if words.count >= 2, isKey(words[words.endIndex - 2], republik), isKey(last, indonesia) { return words.dropLast(2) }
        if isKey(last, ri) { return words.dropLast() }
        return words
    }

    /// The words as written, joined by `separator`, as one String.
    private static func joined(_ words: ArraySlice<Span>, _ written: [UInt8], separator: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(words.reduce(0) { $0 + $1.written.count + separator.utf8.count })
        for (index, word) in words.enumerated() {
            if index > 0 { bytes.append(contentsOf: separator.utf8) }
            bytes.append(contentsOf: written[word.written])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Appends the bytes and returns where they stand.
    private static func append(_ bytes: some Collection<UInt8>, to buffer: inout [UInt8]) -> Range<Int> {
        let start = buffer.count
        buffer.append(contentsOf: bytes)
        return start..<buffer.count
    }
}
