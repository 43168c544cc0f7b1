/// `LabelLineMatcher.match` read from the bytes of a plain line: printable ASCII and tabs, no markup
/// byte (`<`, `*`, `_`). There a byte is a `Character`, a tab cell is trimmed of spaces only, and
/// `TextCleaning.clean` of a cell only collapses its runs of spaces; so cells, words and the text a
/// label key is read from are byte ranges of the line, and no `String` is made but for a value found.
struct PlainLabelLine {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The line's label look-ups mostly spell the same few keys: each is searched once.
    private var memo = IdentityLabelCatalog.Memo()

    private static let tab = UInt8(ascii: "\t"), space = UInt8(ascii: " "), colon = UInt8(ascii: ":")

    /// Reads `bytes`, which `isPlain` accepts.
    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// True for printable ASCII and tabs without a markup byte: the lines this reader reads.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { PlainBytes.arePlain(bytes, allowingTabs: true) }

    mutating func match() -> LabelLine? {
        guard let (first, afterFirst) = cell(from: 0) else { return nil }
        let start = CellStart(of: first, in: bytes)
        if let (label, tail) = labelAndTail(first, start) {
            switch label {
            case .field(let field):
                // The tail and every later cell, leading colons dropped, one space between them.
                var value: [UInt8] = []
                append(withoutLeadingColon(tail), to: &value)
                var next = afterFirst
                while let (cell, after) = cell(from: next) {
                    append(withoutLeadingColon(cell), to: &value)
                    next = after
                }
                return .field(field, value: String(decoding: value, as: UTF8.self))
            case .section(let kind):
                var headings = [SectionHeading(kind: kind, inlineContent: tail.isEmpty ? nil : text(tail))]
                var next = afterFirst
                while let (cell, after) = cell(from: next) {
                    next = after
                    if let (other, otherTail) = labelAndTail(cell, CellStart(of: cell, in: bytes)), case .section(let otherKind) = other {
                        headings.append(SectionHeading(kind: otherKind, inlineContent: otherTail.isEmpty ? nil : text(otherTail)))
                        continue
                    }
                    // Content in a later cell belongs to the (single) section on this line.
                    guard headings.count == 1 else { return nil }
                    let content = text(withoutLeadingColon(cell))
                    headings[0].inlineContent = headings[0].inlineContent.map { $0 + " " + content } ?? content
                }
                return .sections(headings)
            }
        }
        guard cell(from: afterFirst) == nil else { return nil }
        if let (field, value) = fieldPrefix(first, start) { return .field(field, value: value) }
        if opensWithSection(start), let kinds = sectionSequence(first), kinds.count > 1 {
            return .sections(kinds.map { SectionHeading(kind: $0, inlineContent: nil) })
        }
        return nil
    }

    /// The first non-empty tab cell at or after byte `start` (where a cell starts), trimmed of spaces,
    /// and where the cell after it starts.
    private func cell(from start: Int) -> (cell: Range<Int>, next: Int)? {
        var start = start
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != Self.tab { end += 1 }
            let cell = trimmingSpaces(start..<end)
            if !cell.isEmpty { return (cell, end + 1) }
            start = end + 1
        }
        return nil
    }

    private func trimmingSpaces(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, bytes[lower] == Self.space { lower += 1 }
        while lower < upper, bytes[upper - 1] == Self.space { upper -= 1 }
        return lower..<upper
    }

    /// The range without its leading colons and spaces.
    private func withoutLeadingColon(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        while lower < range.upperBound, bytes[lower] == Self.colon || bytes[lower] == Self.space { lower += 1 }
        return lower..<range.upperBound
    }

    /// Appends the bytes of a non-empty range to `value`, after a space when `value` holds text already.
    private func append(_ range: Range<Int>, to value: inout [UInt8]) {
        guard !range.isEmpty else { return }
        if !value.isEmpty { value.append(Self.space) }
        value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
    }

    private func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }

    /// "Dasar Hukum :" → (label, empty tail); "Nomor SOP : X" → (label, "X"); a bare label → (label, empty).
    /// `cell` is trimmed and `start` read from it; the tail is what follows its first colon, trimmed of spaces.
    private mutating func labelAndTail(_ cell: Range<Int>, _ start: CellStart) -> (IdentityLabel, tail: Range<Int>)? {
        if let colon = start.colon, colon.cleaned <= 64, let label = start.key.label(ofPrefix: colon.letters, memo: &memo) {
            return (label, trimmingSpaces((colon.offset + 1)..<cell.upperBound))
        }
        if start.cleaned <= 64, let label = start.key.label(ofPrefix: start.key.letters, memo: &memo) {
            return (label, cell.upperBound..<cell.upperBound)
        }
        return nil
    }

    /// "NAMA SOP Prosedur pengumpulan …": a field label of the first two to four words (with another word
    /// after them), and the value: the words after the label, one space between them.
    private mutating func fieldPrefix(_ cell: Range<Int>, _ start: CellStart) -> (IdentityField, String)? {
        for count in stride(from: start.spaceWordCount, through: 2, by: -1) {
            let end = start.spaceWords[count - 1]
            guard end.offset < cell.upperBound, end.cleaned <= 64,
                  case .field(let field)? = start.key.label(ofPrefix: end.letters, memo: &memo) else { continue }
            return (field, String(decoding: PlainBytes.spacesCollapsed(UnsafeBufferPointer(rebasing: bytes[end.offset..<cell.upperBound])), as: UTF8.self))
        }
        return nil
    }

    /// True when the first one to four words between spaces, `/`, `:` and `&` spell a section label: the
    /// first thing `sectionSequence` asks, answered from the cell's start.
    private mutating func opensWithSection(_ start: CellStart) -> Bool {
        for count in stride(from: start.sectionWordCount, through: 1, by: -1) {
            let end = start.sectionWords[count - 1]
            if end.joined <= 64, case .section? = start.key.label(ofPrefix: end.letters, memo: &memo) { return true }
        }
        return false
    }

    /// `IdentityLabelCatalog.label(for:)` of the text in `range`, whose words joined by single spaces
    /// have `joined` bytes (the key skips what is not a letter, so the separators in the range do not matter).
    private mutating func label(_ range: Range<Int>, joined: Int) -> IdentityLabel? {
        guard joined <= 64 else { return nil }
        return IdentityLabelCatalog.label(forASCII: UnsafeBufferPointer(rebasing: bytes[range]), memo: &memo)
    }

    /// "PERINGATAN PENCATATAN / PENDATAAN" → [warnings, records] when the words (between spaces, `/`, `:`
    /// and `&`) are section labels and nothing else; a ninth word rules the cell out.
    private mutating func sectionSequence(_ cell: Range<Int>) -> [SectionKind]? {
        var words = InlineArray<8, Range<Int>>(repeating: 0..<0)
        let count = self.words(in: cell, into: &words, isSeparator: {
            $0 == Self.space || $0 == UInt8(ascii: "/") || $0 == Self.colon || $0 == UInt8(ascii: "&")
        })
        guard count <= 8 else { return nil }
        var kinds: [SectionKind] = []
        var i = 0
        outer: while i < count {
            for runCount in stride(from: min(4, count - i), through: 1, by: -1) {
                let run = words[i].lowerBound..<words[i + runCount - 1].upperBound
                // The words joined by single spaces, as the look-up by words measures them.
                var joined = runCount - 1
                for word in i..<(i + runCount) { joined += words[word].count }
                if case .section(let kind)? = label(run, joined: joined) {
                    if kinds.last != kind { kinds.append(kind) }
                    i += runCount
                    continue outer
                }
            }
            return nil
        }
        return kinds.isEmpty ? nil : kinds
    }

    /// Cuts `range` into words (runs of bytes `isSeparator` rejects), as many as `words` holds; returns
    /// how many it found, one more than it holds when more follow.
    private func words<let n: Int>(in range: Range<Int>, into words: inout InlineArray<n, Range<Int>>,
                                   isSeparator: (UInt8) -> Bool) -> Int {
        var count = 0
        var index = range.lowerBound
        while index < range.upperBound {
            while index < range.upperBound, isSeparator(bytes[index]) { index += 1 }
            guard index < range.upperBound else { break }
            guard count < n else { return n + 1 }
            let start = index
            while index < range.upperBound, !isSeparator(bytes[index]) { index += 1 }
            words[count] = start..<index
            count += 1
        }
        return count
    }

    /// What the label look-ups from a cell's start need, read in one pass over its bytes: they all read
    /// a prefix of the cell, so one key serves them all. The pass stops once the text read is longer
    /// than any label can be (more key letters than a label has, or 64 bytes cleaned and as words joined).
    private struct CellStart {
        var key = IdentityLabelCatalog.PrefixKey()
        /// The first colon: its offset, and the key letters and cleaned bytes before it.
        var colon: (offset: Int, letters: Int, cleaned: Int)? = nil
        /// Bytes `clean` leaves of the cell (runs of spaces made one); past 64 when the pass stopped.
        var cleaned = 0
        /// Where the first four words between spaces end: offset, key letters and cleaned bytes there.
        var spaceWords = InlineArray<4, (offset: Int, letters: Int, cleaned: Int)>(repeating: (0, 0, 0))
        var spaceWordCount = 0
        /// Where the first four words between spaces, `/`, `:` and `&` end: key letters there, and the
        /// bytes of the words so far joined by single spaces.
        var sectionWords = InlineArray<4, (letters: Int, joined: Int)>(repeating: (0, 0))
        var sectionWordCount = 0

        /// Bit b set for the bytes b that separate section words: space, `&`, `/` and `:` (all below 64).
        private static var sectionSeparators: UInt64 {
            1 << UInt64(UInt8(ascii: " ")) | 1 << UInt64(UInt8(ascii: "&")) | 1 << UInt64(UInt8(ascii: "/"))
                | 1 << UInt64(UInt8(ascii: ":"))
        }

        init(of cell: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
            var previous: UInt8 = 0
            var inSpaceWord = false, inSectionWord = false
            var sectionWordsStarted = 0
            var joined = 0
            let longestKey = IdentityLabelCatalog.longestKey
            for index in cell {
                let byte = bytes[index]
                let isSpace = byte == PlainLabelLine.space
                let isSectionSeparator = byte < 64 && (Self.sectionSeparators >> UInt64(byte)) & 1 != 0
                // A word that ends before this byte is measured without it.
                if isSpace {
                    if inSpaceWord, spaceWordCount < 4 {
                        spaceWords[spaceWordCount] = (index, key.letters, cleaned)
                        spaceWordCount += 1
                    }
                    inSpaceWord = false
                } else {
                    inSpaceWord = true
                }
                if isSectionSeparator {
                    if inSectionWord, sectionWordCount < 4 {
                        sectionWords[sectionWordCount] = (key.letters, joined)
                        sectionWordCount += 1
                    }
                    inSectionWord = false
                } else {
                    if !inSectionWord {
                        if sectionWordsStarted > 0 { joined += 1 }
                        sectionWordsStarted += 1
                    }
                    inSectionWord = true
                    joined += 1
                }
                if byte == PlainLabelLine.colon, colon == nil { colon = (index, key.letters, cleaned) }
                if !isSpace || previous != PlainLabelLine.space { cleaned += 1 }
                key.read(byte)
                previous = byte
                // Every look-up from here on would read a key too long for a label, or more than 64 bytes.
                if key.letters > longestKey || (cleaned > 64 && joined > 64) { return }
            }
            if inSpaceWord, spaceWordCount < 4 {
                spaceWords[spaceWordCount] = (cell.upperBound, key.letters, cleaned)
                spaceWordCount += 1
            }
            if inSectionWord, sectionWordCount < 4 {
                sectionWords[sectionWordCount] = (key.letters, joined)
                sectionWordCount += 1
            }
        }
    }
}
