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
        guard let key = asciiLetters(word) else {
            let key = word.lowercased().filter(\.isLetter)
            guard !key.isEmpty else { return false }
            if officeWords.contains(key) { return true }
            return key.count >= 5 && officeWords.contains { $0.count > key.count && $0.hasPrefix(key) }
        }
        guard !key.isEmpty else { return false }
        if officeWords.contains(String(decoding: key, as: UTF8.self)) { return true }
        return key.count >= 5 && officeWordBytes.contains { $0.count > key.count && $0.starts(with: key) }
    }

    /// The office words as bytes (all are ASCII), for the prefix test.
    private static let officeWordBytes: [[UInt8]] = officeWords.map { Array($0.utf8) }

    /// The lower-cased letters of an ASCII word without CR, read from its bytes; nil for any other word.
    private static func asciiLetters(_ word: String) -> [UInt8]? {
        var letters: [UInt8] = []
        letters.reserveCapacity(word.utf8.count)
        for byte in word.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): letters.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters.append(ASCIIText.lowercased(byte))
            case 0x0D, 0x80...: return nil
            default: continue
            }
        }
        return letters
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
