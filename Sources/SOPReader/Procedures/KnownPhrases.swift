/// Kelengkapan and Output items seen in the rows of a table. An SOP passes its products along (the
/// Output of one step is the Kelengkapan of the next), so an item read in one row tells where a
/// wrapped item of another row ends.
struct KnownPhrases: Sendable {
    /// Lower-cased item words → the rows they were read in.
    private var rows: [[String]: Set<Int>] = [:]

    init() {}

    mutating func add(_ item: String, row: Int) {
        let words = KnownPhrases.words(item)
        guard words.count >= 2 else { return }
        rows[words, default: []].insert(row)
    }

    /// How well `item` (an open item and the words a candidate split would add to it) fits the items of
    /// other rows: +3 when it equals one, +0.5 when it is the start of one, -2 when it runs past the end of
    /// one it completed, -1 when it only extends one already complete or leaves one it started, else 0.
    func fit(openItem: String, extendedBy addition: String, row: Int) -> Double {
        let before = KnownPhrases.words(openItem)
        let after = before + KnownPhrases.words(addition)
        guard !after.isEmpty, after.count > before.count else { return 0 }
        var startsOne = false
        var ranPast = false
        var leftOne = false
        for (words, seen) in rows where !seen.subtracting([row]).isEmpty {
            if words == after { return 3 }
            let common = zip(words, after).prefix { $0 == $1 }.count
            if common == after.count { startsOne = true }
            else if common == words.count, common > before.count { ranPast = true }
            else if common > before.count { leftOne = true }
        }
        if ranPast { return -2 }
        if startsOne { return 0.5 }
        if !before.isEmpty, rows[before].map({ !$0.subtracting([row]).isEmpty }) == true { return -1 }
        if leftOne { return -1 }
        return 0
    }

    static func words(_ text: String) -> [String] {
        TextCleaning.clean(text).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}
