/// Words that identify the parts of an approver: office (jabatan), pangkat/golongan, academic titles.
enum ApproverVocabulary {
    /// First words of a position ("Sekretaris Daerah", "Plt. Kepala Dinas", "a.n. Bupati").
    static let officeWords: Set<String> = [
        "sekretaris", "sekda", "sekcam", "sekjen", "kepala", "kabag", "kasubag", "kasubbag", "kabid", "kasi", "kasie",
        "kadis", "camat", "lurah", "bupati", "wakil", "walikota", "gubernur", "asisten", "inspektur", "direktur",
        "plt", "pj", "plh", "pjs", "a.n", "an", "ketua", "rektor", "dekan", "menteri", "kasat", "pimpinan", "komandan",
    ]
    /// Pangkat words (Juru, Pengatur, Penata, Pembina) and the labels that introduce a rank.
    static let rankWords: Set<String> = ["juru", "pengatur", "penata", "pembina", "gol", "golongan", "pangkat"]
    /// Titles written before a name.
    static let prefixTitles: Set<String> = ["dr", "drs", "dra", "ir", "h", "hj", "prof", "hi"]
    /// Words that open a signature formula rather than a position.
    static let formulaWords: Set<String> = ["mengetahui", "menyetujui", "disahkan", "ditetapkan", "ditandatangani"]

    static func isOfficeStart(_ words: [ScannedWord]) -> Bool {
        guard let first = words.first else { return false }
        if officeWords.contains(first.key) { return true }
        return first.key == "wali" && words.dropFirst().first?.key == "kota"
    }

    /// A pangkat word or a golongan such as "IV/c", "(III/d)", "III/d".
    static func isRankStart(_ word: ScannedWord) -> Bool {
        rankWords.contains(word.key) || isGolongan(word.key)
    }

    /// True when a line's first word opens a rank ("Penata TK I/III", "IV/a").
    static func isRankStart(_ word: ScannedWord?) -> Bool {
        word.map(isRankStart) ?? false
    }

    /// "iv/c", "iii/d", "ii/a" (key form: lowercased, outer punctuation removed).
    static func isGolongan(_ key: String) -> Bool {
        // Two parts need a `/` character, and that needs the byte.
        guard ASCIIText.contains(UInt8(ascii: "/"), in: key) else { return false }
        let parts = key.split(separator: "/")
        guard parts.count == 2, ["i", "ii", "iii", "iv"].contains(String(parts[0])) else { return false }
        let grade = parts[1]
        return grade.count == 1 && grade.allSatisfy { "abcde".contains($0) }
    }

    /// "Dr.", "Drs.", "H.", "Hj.", "Ir.", "Prof." (a dot, or the unambiguous Drs/Dra without one).
    static func isPrefixTitle(_ word: ScannedWord) -> Bool {
        guard prefixTitles.contains(word.key) else { return false }
        return word.text.hasSuffix(".") || word.key == "drs" || word.key == "dra"
    }

    /// An academic degree written after a name: "SH", "S.Sos", "M.Si", "SP.,", "A.Md", "MM".
    static func isDegree(_ word: ScannedWord) -> Bool {
        if let ascii = word.text.utf8.withContiguousStorageIfAvailable(isASCIIDegree), let ascii { return ascii }
        return isDegreeByCharacters(word.text)
    }

    /// `isDegree` read by `Character`: what the ASCII path must agree with.
    static func isDegreeByCharacters(_ text: Substring) -> Bool {
        let core = text.filter { $0 != "," && $0 != ";" }
        let letters = core.filter(\.isLetter)
        guard let first = core.first, first.isUppercase, (1...7).contains(letters.count),
              core.allSatisfy({ $0.isLetter || $0 == "." }) else { return false }
        return core.contains(".") || letters.allSatisfy(\.isUppercase)
    }

    /// `isDegree` read from the bytes of an ASCII word (CR, alone or before LF, is neither letter nor dot); nil for other text.
    private static func isASCIIDegree(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard ASCIIText.isASCII(bytes) else { return nil }
        var first: UInt8? = nil
        var letters = 0
        var hasDot = false
        var hasLowercase = false
        for byte in bytes where byte != UInt8(ascii: ",") && byte != UInt8(ascii: ";") {
            first = first ?? byte
            if byte == UInt8(ascii: ".") {
                hasDot = true
            } else if byte &- UInt8(ascii: "A") < 26 {
                letters += 1
            } else if byte &- UInt8(ascii: "a") < 26 {
                letters += 1
                hasLowercase = true
            } else {
                return false
            }
        }
        guard let first, first &- UInt8(ascii: "A") < 26, (1...7).contains(letters) else { return false }
        return hasDot || !hasLowercase
    }

    /// A name written with its titles: a prefix title first, or a word ending in "," followed by a degree.
    static func isTitledName(_ words: [ScannedWord]) -> Bool {
        guard let first = words.first else { return false }
        if isPrefixTitle(first) { return true }
        for (index, word) in words.enumerated() where word.text.hasSuffix(",") && index + 1 < words.count {
            if isDegree(words[index + 1]) { return true }
        }
        return false
    }
}
