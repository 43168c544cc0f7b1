/// The text columns of one flattened table row as they fill up line by line: Kegiatan, Kelengkapan,
/// Output and Keterangan (the Waktu text is held apart). Kelengkapan and Output keep their list numbers.
struct FlattenedColumns: Sendable {
    /// The four text columns, left to right.
    enum Column: Int, CaseIterable, Sendable {
        case activity, inputs, output, notes
    }

    private(set) var texts: [String] = ["", "", "", ""]
    /// Per column, the last list number seen in this row (0 before the first).
    private(set) var lastNumbers: [Int] = [0, 0, 0, 0]
    /// The items of the other rows when the open items of Kelengkapan and Output are kept: for a row fitted
    /// to known items (a row read before any item is known, or read as blocks, never asks for them).
    private let known: KnownPhrases.Others?
    /// Per column, the text of the list item still open (since the last list number); only for
    /// Kelengkapan and Output when items are tracked (empty for the others).
    private(set) var openItems: [String] = ["", "", "", ""]
    /// Per column, the ids in `known` of the open item's words as items are compared (`KnownPhrases.words`),
    /// kept up as it grows; only for Kelengkapan and Output when items are tracked (empty for the others).
    private(set) var openItemIDs: [[KnownPhrases.WordID]] = [[], [], [], []]
    /// Per column, the open item's last word: the left side of the seam the next word is joined at.
    private var openItemLastWords: [String] = ["", "", "", ""]
    /// Per column, true once the open item holds a `*`, which cleaning may pair with a `*` any distance
    /// away: its words are then read again from the whole item.
    private var openItemHasStar: [Bool] = [false, false, false, false]

    /// `tracking`: the items of the other rows, when the open items are kept.
    init(tracking known: KnownPhrases.Others? = nil) {
        self.known = known
    }

    func text(_ column: Column) -> String { texts[column.rawValue] }

    /// Appends words to a column, tracking list numbers and the open item.
    mutating func append(_ tokens: ArraySlice<FlattenedLine.Token>, to column: Column) {
        let c = column.rawValue
        let tracked = known != nil && (column == .inputs || column == .output)
        for token in tokens {
            // `WrappedText.append` collapses the word's whitespace itself; the open item asks for it collapsed.
            WrappedText.append(token.text, to: &texts[c])
            if let number = token.listNumber {
                lastNumbers[c] = number
                if tracked {
                    openItems[c] = ""
                    openItemIDs[c] = []
                    openItemLastWords[c] = ""
                    openItemHasStar[c] = false
                }
            } else if tracked {
                extendOpenItem(c, with: TextCleaning.collapseWhitespace(token.text))
            }
        }
    }

    /// Adds a word to a column's open item and its word ids. Only the seam is read: the item's words grow
    /// by the word's own words when its last word and the new one joined read as the words of each. Other
    /// markup than `*` (tags, `**`, `__`) is matched within a few bytes holding at most one space, so it
    /// cannot reach past the last word. Only an item holding a `*` (or a seam that joins words) is read
    /// again whole.
    private mutating func extendOpenItem(_ c: Int, with word: String) {
        guard !word.isEmpty, let known else { return }
        let last = openItemLastWords[c]
        WrappedText.append(word, to: &openItems[c])
        openItemLastWords[c] = word
        if ASCIIText.contains(UInt8(ascii: "*"), in: word) { openItemHasStar[c] = true }
        if !openItemHasStar[c], last.isEmpty || Self.seamIsApart(last, word) {
            known.appendWordIDs(of: word, to: &openItemIDs[c])
        } else {
            openItemIDs[c] = known.wordIDs(openItems[c])
        }
    }

    /// True when `last` and `word` joined as wrapped text read as the words of each (`KnownPhrases.words`):
    /// always between ASCII characters of text without markup, where no character reaches across a seam.
    static func seamIsApart(_ last: String, _ word: String) -> Bool {
        if let left = last.utf8.last, let right = word.utf8.first, left < 0x80, right < 0x80,
           !TextCleaning.mayHoldMarkup(last), !TextCleaning.mayHoldMarkup(word) {
            return true
        }
        var joined = last
        WrappedText.append(word, to: &joined)
        return KnownPhrases.words(joined) == KnownPhrases.words(last) + KnownPhrases.words(word)
    }
}
