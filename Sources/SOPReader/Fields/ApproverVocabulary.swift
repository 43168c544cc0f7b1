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
        let core = word.text.filter { $0 != "," && $0 != ";" }
        let letters = core.filter(\.isLetter)
        guard let first = core.first, first.isUppercase, (1...7).contains(letters.count),
              core.allSatisfy({ $0.isLetter || $0 == "." }) else { return false }
        return core.contains(".") || letters.allSatisfy(\.isUppercase)
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
