/// Content cues that tell which identity section a piece of text belongs to, for pages whose two
/// columns were read line by line into one stream (OCR): regulation words for Dasar Hukum, "SOP …" for
/// Keterkaitan, capability verbs for Kualifikasi, short nouns for Peralatan, and so on.
enum SectionCues {
    /// A piece of text as the cues read it: split and lowercased once, then scored for every kind.
    struct Text {
        let text: String
        /// The text split at spaces, as written.
        let pieces: [Substring]
        /// The first word lowercased, punctuation trimmed; nil for a text without words.
        let first: String?
        let lower: String
        /// `lower` is ASCII without CR, so a phrase is searched in its bytes.
        let lowerIsPlain: Bool

        init(_ text: String) {
            self.text = text
            pieces = ASCIIText.words(in: Substring(text))
            first = pieces.first.map { SectionCues.trimmingPunctuation(ASCIIText.lowercased($0)) }
            lower = ASCIIText.lowercased(Substring(text))
            lowerIsPlain = ASCIIText.isOneBytePerCharacter(lower)
        }
    }

    /// How strongly `text` looks like an item of `kind`: 0 no cue, 1 weak, 3 strong.
    static func score(_ text: Text, for kind: SectionKind) -> Int {
        guard let first = text.first else { return 0 }
        switch kind {
        case .legalBasis:
            if RegulationKind.recognizes(keys: text.pieces.prefix(8).lazy.map(RegulationKind.key(of:))) { return 3 }
            return contains(text, "nomor") && contains(text, "tahun") ? 2 : 0
        case .qualifications:
            return qualificationOpeners.contains(first) ? 3 : 0
        case .relatedSops:
            if first == "sop" || first.hasPrefix("sop") || text.lower.hasPrefix("standar operasional") { return 3 }
            return text.pieces.contains { ASCIIText.lowercased($0) == "sop" } ? 1 : 0
        case .equipment:
            let count = text.pieces.count
            if count <= 6, text.pieces.contains(where: { equipmentNouns.contains(trimmingPunctuation(ASCIIText.lowercased($0))) }) {
                return 3
            }
            return count <= 4 && !looksLikeVerb(first) ? 1 : 0
        case .warnings:
            if warningOpeners.contains(first) || warningPhrases.contains(where: { contains(text, $0) }) { return 3 }
            return 0
        case .records:
            if recordOpeners.contains(first) || recordWords.contains(where: { contains(text, $0) }) { return 3 }
            return 0
        case .purpose:
            return ["untuk", "sebagai", "memberikan", "menjadi", "agar"].contains(first) ? 2 : 0
        case .definitions:
            return contains(text, " adalah ") || contains(text, " yaitu ") ? 3 : 0
        case .summary:
            return 0
        }
    }

    /// True when `text` opens a new item of `kind` rather than continuing a wrapped one.
    static func startsItem(_ text: Text, in kind: SectionKind) -> Bool {
        guard let first = text.text.first, first.isUppercase || first.isNumber else { return false }
        switch kind {
        case .legalBasis: return score(text, for: kind) == 3
        case .qualifications: return score(text, for: kind) == 3 || looksLikeVerb(text.lower)
        default: return true
        }
    }

    /// `text.lower.contains(phrase)` for an ASCII phrase: compared as bytes when the text is ASCII without
    /// CR too, where Foundation's search finds the same; otherwise by Foundation.
    private static func contains(_ text: Text, _ phrase: String) -> Bool {
        guard text.lowerIsPlain else { return text.lower.contains(phrase) }
        return ASCIIText.firstIndex(of: phrase, in: Substring(text.lower), from: text.lower.startIndex) != nil
    }

    /// `trimmingCharacters(in: .punctuationCharacters)`: drops leading and trailing scalars of the
    /// Unicode punctuation categories (P*), scalar by scalar as Foundation does.
    static func trimmingPunctuation(_ word: String) -> String {
        trimmingASCIIPunctuation(word) ?? trimmingPunctuationByScalars(word)
    }

    /// `trimmingPunctuation` read scalar by scalar: what the ASCII path must agree with.
    static func trimmingPunctuationByScalars(_ word: String) -> String {
        let scalars = word.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isPunctuation($0) }),
              let last = scalars.lastIndex(where: { !isPunctuation($0) }) else { return "" }
        return String(Substring(scalars[start...last]))
    }

    /// `trimmingPunctuation` of an ASCII word, read from its bytes (each byte a scalar of its own); nil
    /// for other text. The bytes `isASCIIPunctuation` accepts are the ASCII scalars of the P* categories.
    static func trimmingASCIIPunctuation(_ word: String) -> String? {
        var copy = word
        let bounds = copy.withUTF8 { bytes -> Range<Int>? in
            guard ASCIIText.isASCII(bytes) else { return nil }
            var lower = 0, upper = bytes.count
            while lower < upper, isASCIIPunctuation(bytes[lower]) { lower += 1 }
            while lower < upper, isASCIIPunctuation(bytes[upper - 1]) { upper -= 1 }
            return lower..<upper
        }
        guard let bounds else { return nil }
        if bounds.count == word.utf8.count { return word }
        return String(Substring(word.utf8.dropFirst(bounds.lowerBound).prefix(bounds.count)))
    }

    /// The ASCII punctuation of the Unicode P* categories: ``!"#%&'()*,-./:;?@[\]_{}`` (not the symbols `$+<=>^`|~`).
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "\""), UInt8(ascii: "#"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "?"), UInt8(ascii: "@"), UInt8(ascii: "["),
             UInt8(ascii: "\\"), UInt8(ascii: "]"), UInt8(ascii: "_"), UInt8(ascii: "{"), UInt8(ascii: "}"): true
        default: false
        }
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    private static func looksLikeVerb(_ word: String) -> Bool {
        ["me", "di", "ber", "ter"].contains { word.hasPrefix($0) } && word.count > 4
    }

    private static let qualificationOpeners: Set<String> = [
        "memahami", "mengetahui", "memiliki", "menguasai", "mampu", "mengerti", "cakap", "terampil", "pendidikan",
        "berpendidikan", "pengalaman", "berpengalaman", "kemampuan", "sehat", "minimal",
    ]
    private static let equipmentNouns: Set<String> = [
        "komputer", "printer", "laptop", "kertas", "map", "lemari", "lemariarsip", "atk", "alat", "meja", "kursi",
        "telepon", "internet", "jaringan", "scanner", "pena", "ballpoint", "flashdisk", "kendaraan", "buku", "stempel",
        "tinta", "ruang", "ruangan", "perangkat", "filling", "cabinet", "proyektor", "kamera",
    ]
    private static let warningOpeners: Set<String> = [
        "jika", "apabila", "bila", "bilamana", "kalau", "sesuaikan", "harus", "wajib", "pastikan", "perhatikan",
        "dilarang", "setiap",
    ]
    private static let warningPhrases = ["tidak dilaksanakan", "tidak sesuai", "terlambat", "berdampak", "mengakibatkan"]
    private static let recordOpeners: Set<String> = [
        "disimpan", "dicatat", "didokumentasikan", "diarsipkan", "arsip", "pencatatan", "pendataan", "dokumentasi",
    ]
    private static let recordWords = ["arsip", "disimpan", "softcopy", "hardcopy", "elektronik dan manual", "dicatat"]
}
