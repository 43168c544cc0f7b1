/// Splits the actor words of a flattened header ("Kasat Sekreta | Kasubbag | Tim Kerja" and the
/// fragment "ris" on the line below) into Pelaksana names: a fragment re-joins the word it completes,
/// rules (`|`) separate names, and each office word (Kasat, Sekretaris, Kasubbag, Tim, Staf, …) starts one.
enum ActorNameSplitter {
    /// Words that head an office or role name.
    private static let officeWords: Set<String> = [
        "kepala", "kasat", "kasubbag", "kasubag", "kabag", "kabid", "kasi", "kasie", "kasubid", "kasubbid", "kadis",
        "kaban", "kapus", "sekretaris", "sekda", "sekcam", "sekdes", "kades", "staf", "staff", "tim", "camat", "lurah",
        "bupati", "walikota", "wali", "gubernur", "admin", "operator", "bendahara", "pengelola", "petugas", "analis",
        "verifikator", "asisten", "jf", "pejabat", "direktur", "inspektur", "auditor", "pimpinan", "ketua", "anggota",
        "pegawai", "pemohon", "pengadministrasi", "pramu", "arsiparis", "koordinator", "penanggung",
    ]

    /// True when the word is an office word or the start (5+ letters) of one, as OCR cuts them.
    static func isOfficeWord(_ word: String) -> Bool {
        let key = word.lowercased().filter(\.isLetter)
        guard !key.isEmpty else { return false }
        if officeWords.contains(key) { return true }
        return key.count >= 5 && officeWords.contains { $0.count > key.count && $0.hasPrefix(key) }
    }

    /// The names, left to right. `words` are the header's actor words in reading order ("|" kept as a
    /// separator); `fragments` are the word pieces printed on the lines below.
    static func names(words: [String], fragments: [String]) -> [String] {
        var words = words
        for fragment in fragments {
            attach(fragment, to: &words)
        }
        var names: [[String]] = []
        var startNew = true
        for word in words {
            if !word.contains(where: { $0.isLetter || $0.isNumber }) {
                startNew = true
                continue
            }
            if startNew || isOfficeWord(word) || names.isEmpty {
                names.append([word])
            } else {
                names[names.count - 1].append(word)
            }
            startNew = false
        }
        return names.map { $0.joined(separator: " ") }
    }

    /// Joins a fragment to the word it completes into an office word, else to the first word that is no
    /// office word but starts one, else adds it after the last word.
    private static func attach(_ fragment: String, to words: inout [String]) {
        let lowerFragment = fragment.first?.isLowercase == true
        if lowerFragment, let index = words.firstIndex(where: { officeWords.contains(($0 + fragment).lowercased()) }) {
            words[index] += fragment
        } else if lowerFragment, let index = words.firstIndex(where: {
            let key = $0.lowercased()
            return !officeWords.contains(key) && isOfficeWord(key)
        }) {
            words[index] += fragment
        } else {
            words.append(fragment)
        }
    }
}
