import SOPModel

/// Permenpan RB 35/2012 writes activities in active voice without a subject ("Menerima …"); the actor
/// is the column. An activity that opens with an actor's name, or with a position title when the reader
/// found the actor named in it, states its subject.
struct ActivityNamesActorRule: Rule {
    let code = "activity-names-actor"
    let severity = Diagnostic.Severity.note
    let summary = "an activity that names its actor as subject (\"Kepala OPD menugaskan\") instead of the active voice"

    /// Position words an actor-subject begins with.
    static let titleWords: Set<String> = [
        "kepala", "kabag", "kasubag", "kasubbag", "kabid", "kasi", "kasie", "kadis", "sekretaris", "sekda", "sekcam",
        "camat", "lurah", "staf", "staff", "admin", "operator", "tim", "bupati", "walikota", "wali", "gubernur",
        "asisten", "pejabat", "petugas", "pelaksana", "bendahara", "inspektur", "jf", "pengelola", "pimpinan",
    ]

    static func message(_ number: Int, _ subject: String) -> String {
        "step \(number) names its actor \"\(subject)\"; write the activity in active voice without a subject"
    }

    func check(_ document: Document) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for procedure in document.procedures {
            let actorPrefixes = procedure.actors.map { (name: $0.name, prefix: $0.name.lowercased() + " ") }
            let steps = procedure.steps
            for index in steps.indices {   // by index: no copy of each step
                if let subject = subject(of: steps[index].activity, evidence: steps[index].actorEvidence, among: actorPrefixes) {
                    found.append(finding(Self.message(steps[index].number, subject), line: steps[index].line))
                }
            }
        }
        return found
    }

    /// `actors` are the procedure's actor names, each with its lowercased form and a space (computed once per procedure).
    private func subject(of activity: String, evidence: ActorEvidence, among actors: [(name: String, prefix: String)]) -> String? {
        if let actor = actors.first(where: { CaseFolding.lowercased(activity, hasPrefix: $0.prefix) }) {
            return actor.name
        }
        guard evidence == .named else { return nil }
        let words = Self.leadingWords(of: activity)
        guard let first = words.first, Self.titleWords.contains(CaseFolding.lowercasedTrimmingPunctuation(first)) else { return nil }
        var subject = ""
        for word in words.prefix(while: { !Self.isVerb($0) }) {
            if !subject.isEmpty { subject += " " }
            subject.append(contentsOf: word)
        }
        return subject
    }

    /// Subjects longer than this many words are cut ("Kepala Sub Bagian Perencanaan dan Keuangan").
    static let longestSubject = 6

    /// The first `longestSubject` words of an activity between spaces, as
    /// `split(separator: " ", maxSplits: longestSubject)` gives them (the rest is never looked at):
    /// ASCII text is split at its space bytes, other text by `Character`.
    static func leadingWords(of activity: String) -> [Substring] {
        let utf8 = activity.utf8
        var words: [Substring] = []
        var start: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            // A byte past ASCII may join the space before it into another Character: split by Character.
            guard byte < 0x80 else { return Array(activity.split(separator: " ", maxSplits: longestSubject).prefix(longestSubject)) }
            if words.count == longestSubject { break }   // checked one byte past the last word's space
            if byte == UInt8(ascii: " ") {
                if let wordStart = start { words.append(activity[wordStart..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
        if words.count < longestSubject, let wordStart = start { words.append(activity[wordStart..<index]) }
        return words
    }

    /// Indonesian active and passive verbs open with me-/ber-/di- (menugaskan, berkoordinasi, diserahkan);
    /// so do some words of office and unit names, which are part of the subject ("Kepala Dinas").
    static func isVerb(_ word: Substring) -> Bool {
        let lower = word.lowercased()
        guard !officeNouns.contains(lower) else { return false }
        return lower.count > 4 && (lower.hasPrefix("me") || lower.hasPrefix("ber") || lower.hasPrefix("di"))
    }

    /// Office and unit nouns that look like me-/ber-/di- verbs.
    static let officeNouns: Set<String> = ["dinas", "direktur", "direktorat", "distrik", "divisi", "menteri", "medis"]
}
