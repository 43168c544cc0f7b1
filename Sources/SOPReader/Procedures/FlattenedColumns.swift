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
    /// Per column, the text of the list item still open (since the last list number).
    private(set) var openItems: [String] = ["", "", "", ""]
    /// Per column, the open item's words as items are compared (`KnownPhrases.words`), kept up as it grows;
    /// only for Kelengkapan and Output, whose items are compared (empty for the others).
    private(set) var openItemWords: [[String]] = [[], [], [], []]
    /// Per column, true while the open item holds no markup character (`<`, `*`, `_`), which cleaning
    /// may pair across the item: its words are then those of its parts.
    private var openItemIsPlain: [Bool] = [true, true, true, true]

    func text(_ column: Column) -> String { texts[column.rawValue] }

    /// Appends words to a column, tracking list numbers and the open item.
    mutating func append(_ tokens: ArraySlice<FlattenedLine.Token>, to column: Column) {
        let c = column.rawValue
        for token in tokens {
            let word = TextCleaning.collapseWhitespace(token.text)
            WrappedText.append(word, to: &texts[c])
            if let number = token.listNumber {
                lastNumbers[c] = number
                openItems[c] = ""
                openItemWords[c] = []
                openItemIsPlain[c] = true
            } else if column == .inputs || column == .output {
                extendOpenItem(c, with: word)
            } else {
                WrappedText.append(word, to: &openItems[c])
            }
        }
    }

    /// Adds a word to a column's open item and its words: the word's own words when the seam lies between
    /// ASCII characters of plain text (grapheme clusters cannot reach across it), else all read again.
    private mutating func extendOpenItem(_ c: Int, with word: String) {
        let seamIsASCII = (openItems[c].utf8.last ?? 0) < 0x80 && (word.utf8.first ?? 0) < 0x80
        if TextCleaning.mayHoldMarkup(word) {
            openItemIsPlain[c] = false
        }
        WrappedText.append(word, to: &openItems[c])
        if openItemIsPlain[c], seamIsASCII {
            openItemWords[c] += KnownPhrases.words(word)
        } else {
            openItemWords[c] = KnownPhrases.words(openItems[c])
        }
    }
}
