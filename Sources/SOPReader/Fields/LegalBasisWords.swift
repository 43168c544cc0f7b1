/// The whitespace-separated words of one Dasar Hukum item, cut once into byte spans, with the facts
/// `LegalBasisParser` asks about each word computed in the same pass.
///
/// ASCII text without CR (one byte, one `Character`) is cut on its own bytes, its keys being ranges of
/// one lower-cased copy. Other text is cut by `Character`, and each word's forms are laid end to end in
/// `bytes` and `keys` so that the parser reads both kinds of text the same way.
struct LegalBasisWords {
    /// What a word's key is to the parser.
    enum Role {
        case other
        /// "tentang": the subject follows.
        case about
        /// "atas": the citation after it is the regulation being changed.
        case atas
        /// "sebagaimana": may open ", sebagaimana telah diubah dengan …".
        case sebagaimana
        /// "yang": may open ", yang telah diubah …".
        case yang
        /// A word a kind phrase never reaches back over ("dengan", "oleh" …).
        case hardBoundary
        /// "dan", "serta": join two citations but also occur inside kind phrases.
        case softBoundary
        /// "Nomor", "No", "Nomer", "Nmr".
        case numberKeyword
        /// "Tahun", "Th", "Thn".
        case yearKeyword

        /// True when a kind phrase stops before the word.
        var isHardBoundary: Bool {
            switch self {
            case .about, .atas, .sebagaimana, .hardBoundary: true
            default: false
            }
        }

        /// True for a word that may open an amendment clause.
        var isClauseOpener: Bool { self == .sebagaimana || self == .yang }
    }

    struct Word {
        /// The word as written, in `bytes`.
        var text: Range<Int>
        /// The word without surrounding word punctuation and quotes, in `bytes`.
        var trimmed: Range<Int>
        /// `trimmed` lower-cased, in `keys`.
        var key: Range<Int>
        var role: Role
        /// The word ends with "," or ";" (a `Character` of its own).
        var endsWithBreak: Bool
        /// The key starts with "diubah" or "dicabut".
        var opensAmendment: Bool
    }

    private(set) var bytes: [UInt8] = []
    private(set) var keys: [UInt8] = []
    private(set) var words: [Word] = []
    /// Each word as `RegulationKind` reads it (word punctuation trimmed, quotes kept), index for index.
    private(set) var kinds: [RegulationKind.Span] = []

    init(_ text: String) {
        var owner = text
        let isPlain = owner.withUTF8 { utf8 in
            guard ASCIIText.isOneBytePerCharacter(utf8) else { return false }
            cutBytes(utf8)
            return true
        }
        if !isPlain { cutCharacters(text) }
    }

    /// The words cut by `Character` whatever the text: the path other text takes, which tests hold the
    /// byte path to.
    init(byCharacters text: String) {
        cutCharacters(text)
    }

    func key(_ index: Int) -> ArraySlice<UInt8> { keys[words[index].key] }

    func trimmed(_ index: Int) -> ArraySlice<UInt8> { bytes[words[index].trimmed] }

    // MARK: ASCII text

    /// Cuts ASCII text without CR: every range is an offset range of the text, `keys` its lower-cased copy.
    private mutating func cutBytes(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes = Array(utf8)
        keys = Self.lowercased(utf8)
        // Words are separated by whitespace: at most one per two bytes (the item is at most a few kilobytes).
        words.reserveCapacity(utf8.count / 2 + 1)
        kinds.reserveCapacity(utf8.count / 2 + 1)
        var next = 0
        while let word = ASCIIText.wordRange(in: utf8, from: next) {
            next = word.upperBound
            if let glued = Self.numberKeywordEnd(utf8, word) {
                appendWord(utf8, word.lowerBound..<glued)
                appendWord(utf8, glued..<word.upperBound)
            } else {
                appendWord(utf8, word)
            }
        }
    }

    private mutating func appendWord(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        let trimmed = Self.trimmedBytes(utf8, range, where: Self.isPunctuation)
        let written = Self.trimmedBytes(utf8, range, where: ASCIIText.isWordPunctuation)
        let last = utf8[range.upperBound - 1]
        kinds.append(RegulationKind.Span(written: written, key: written))
        words.append(Word(text: range, trimmed: trimmed, key: trimmed, role: Self.role(keys, trimmed),
                          endsWithBreak: last == UInt8(ascii: ",") || last == UInt8(ascii: ";"),
                          opensAmendment: Self.opensAmendment(keys, trimmed)))
    }

    /// The bytes with A–Z lower-cased, eight at a time.
    private static func lowercased(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: utf8.count) { out, count in
            guard let source = utf8.baseAddress, let target = out.baseAddress else { return }
            WordBytes.copyLowercased(source, to: target, count: utf8.count)
            count = utf8.count
        }
    }

    private static func trimmedBytes(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                     where isTrimmed: (UInt8) -> Bool) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isTrimmed(utf8[lower]) { lower += 1 }
        while lower < upper, isTrimmed(utf8[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// Where the number glued to "No."/"Nomor:" starts in a piece of ASCII bytes ("No.25/2009").
    private static func numberKeywordEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ piece: Range<Int>) -> Int? {
        guard bytes[piece.lowerBound] | 0x20 == UInt8(ascii: "n") else { return nil }
        func isGlue(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") }
        for keyword in numberKeywordBytes {
            guard piece.count > keyword.count,
                  zip(bytes[piece.lowerBound...], keyword).allSatisfy({ $0 | 0x20 == $1 }) else { continue }
            var index = piece.lowerBound + keyword.count
            guard isGlue(bytes[index]) else { continue }
            while index < piece.upperBound, isGlue(bytes[index]) { index += 1 }
            if index < piece.upperBound, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { return index }
        }
        return nil
    }

    private static let numberKeywordBytes: [[UInt8]] = ["nomor", "nomer", "no"].map { Array($0.utf8) }

    // MARK: Other text

    /// Cuts text by `Character`: each word's text, trimmed form, written form and keys are appended.
    private mutating func cutCharacters(_ text: String) {
        for piece in ASCIIText.whitespaceWords(in: text) {
            if let glued = Self.numberKeywordPrefix(of: piece) {
                appendWord(piece[..<glued])
                appendWord(piece[glued...])
            } else {
                appendWord(piece)
            }
        }
    }

    private mutating func appendWord(_ piece: Substring) {
        let trimmed = ASCIIText.trimming(piece, where: Self.isPunctuation)
        let written = ASCIIText.trimming(piece, where: ASCIIText.isWordPunctuation)
        let key = ASCIIText.lowercased(trimmed)
        let keyRange = Self.append(key.utf8, to: &keys)
        words.append(Word(text: Self.append(piece.utf8, to: &bytes), trimmed: Self.append(trimmed.utf8, to: &bytes),
                          key: keyRange, role: Self.role(keys, keyRange),
                          endsWithBreak: Self.endsWith(piece, UInt8(ascii: ",")) || Self.endsWith(piece, UInt8(ascii: ";")),
                          opensAmendment: key.hasPrefix("diubah") || key.hasPrefix("dicabut")))
        kinds.append(RegulationKind.Span(written: Self.append(written.utf8, to: &bytes),
                                         key: Self.append(ASCIIText.lowercased(written).utf8, to: &keys)))
    }

    /// `text.hasSuffix` of the ASCII punctuation `byte`: its last byte, a `Character` of its own when the
    /// byte before is ASCII too; otherwise the `Character`s decide.
    private static func endsWith(_ text: Substring, _ byte: UInt8) -> Bool {
        let utf8 = text.utf8
        guard let last = utf8.last, last == byte else { return false }
        let before = utf8.dropLast().last ?? 0
        return before < 0x80 || text.hasSuffix(String(Unicode.Scalar(byte)))
    }

    /// Where the number glued to "No."/"Nomor:" starts, read by `Character`.
    private static func numberKeywordPrefix(of piece: Substring) -> String.Index? {
        // Every keyword starts with "n", and only "N" and "n" lower-case to a text starting with it.
        guard let first = piece.utf8.first, first | 0x20 == UInt8(ascii: "n") else { return nil }
        let lower = piece.lowercased()
        for keyword in ["nomor", "nomer", "no"] {
            guard lower.hasPrefix(keyword) else { continue }
            var index = piece.index(piece.startIndex, offsetBy: keyword.count)
            guard index < piece.endIndex, ".:".contains(piece[index]) else { continue }
            while index < piece.endIndex, ".:".contains(piece[index]) { index = piece.index(after: index) }
            if index < piece.endIndex, piece[index].isNumber { return index }
        }
        return nil
    }

    private static func append(_ bytes: some Collection<UInt8>, to buffer: inout [UInt8]) -> Range<Int> {
        let start = buffer.count
        buffer.append(contentsOf: bytes)
        return start..<buffer.count
    }

    // MARK: Word facts

    /// What surrounds a word without belonging to it: the word punctuation and quotes.
    private static func isPunctuation(_ byte: UInt8) -> Bool {
        ASCIIText.isWordPunctuation(byte) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// A keyword packed for comparing without references: its length and its bytes, the first eight in
    /// `low`, the rest in `high` (little-endian).
    private struct Keyword {
        let length: Int
        let low: UInt64
        let high: UInt64
        let role: Role

        /// True when the bytes of `key` (as long as the keyword) are the keyword's, compared from the first
        /// until one differs: most words that pass the length and first-letter test differ in their first bytes.
        func matches(_ keys: [UInt8], _ key: Range<Int>) -> Bool {
            var offset = 0
            for index in key {
                let packed = offset < 8 ? low >> UInt64(8 * offset) : high >> UInt64(8 * (offset - 8))
                guard keys[index] == UInt8(truncatingIfNeeded: packed) else { return false }
                offset += 1
            }
            return true
        }
    }

    /// The longest keyword, in bytes (at most 16, what `Keyword` holds).
    private static let longestKeyword = 11

    /// The keywords with their roles, by length. Keys are compared as bytes: every keyword is ASCII
    /// letters, which no other `String` equals.
    private static let keywords: [Keyword] = {
        let table: [(String, Role)] = [
            ("tentang", .about), ("atas", .atas), ("sebagaimana", .sebagaimana), ("yang", .yang),
            ("dengan", .hardBoundary), ("oleh", .hardBoundary), ("diubah", .hardBoundary), ("terakhir", .hardBoundary),
            ("berdasarkan", .hardBoundary), ("yaitu", .hardBoundary), ("juncto", .hardBoundary), ("jo", .hardBoundary),
            ("pelaksanaan", .hardBoundary), ("mencabut", .hardBoundary), ("dicabut", .hardBoundary), ("menjadi", .hardBoundary),
            ("dan", .softBoundary), ("serta", .softBoundary),
            ("nomor", .numberKeyword), ("no", .numberKeyword), ("nomer", .numberKeyword), ("nmr", .numberKeyword),
            ("tahun", .yearKeyword), ("th", .yearKeyword), ("thn", .yearKeyword),
        ]
        return table.map { key, role in
            let bytes = Array(key.utf8)
            precondition(bytes.count <= longestKeyword)
            let packed = pack(bytes)
            return Keyword(length: bytes.count, low: packed.low, high: packed.high, role: role)
        }.sorted { $0.length < $1.length }
    }()

    /// For each length up to `longestKeyword`, where its keywords start in `keywords` (and, one further, end).
    private static let keywordStarts: [Int] = (0...(longestKeyword + 1)).map { length in
        keywords.firstIndex { $0.length >= length } ?? keywords.count
    }

    /// Up to 16 bytes packed little-endian: the first eight in `low`, the rest in `high`.
    private static func pack(_ bytes: [UInt8]) -> (low: UInt64, high: UInt64) {
        var low: UInt64 = 0, high: UInt64 = 0
        for (offset, byte) in bytes.enumerated() {
            if offset < 8 {
                low |= UInt64(byte) << (8 * UInt64(offset))
            } else {
                high |= UInt64(byte) << (8 * UInt64(offset - 8))
            }
        }
        return (low, high)
    }

    /// For each length up to `longestKeyword`, the first letters of its keywords as bits (a = bit 0): most
    /// words are no keyword by their length and first byte alone.
    private static let keywordLeads: [UInt32] = (0...longestKeyword).map { length in
        keywords.filter { $0.length == length }.reduce(0) { leads, keyword in
            let letter = (keyword.low & 0xFF) &- UInt64(UInt8(ascii: "a"))
            precondition(letter < 26, "a legal-basis keyword starts with a letter a–z")
            return leads | 1 << UInt32(letter)
        }
    }

    private static func role(_ keys: [UInt8], _ key: Range<Int>) -> Role {
        guard key.count >= 2, key.count <= longestKeyword else { return .other }
        let letter = keys[key.lowerBound] &- UInt8(ascii: "a")
        guard letter < 26, keywordLeads[key.count] & 1 << UInt32(letter) != 0 else { return .other }
        let table = keywords
        for index in keywordStarts[key.count]..<keywordStarts[key.count + 1] where table[index].matches(keys, key) {
            return table[index].role
        }
        return .other
    }

    private static let amendmentPrefixes: [[UInt8]] = ["diubah", "dicabut"].map { Array($0.utf8) }

    private static func opensAmendment(_ keys: [UInt8], _ key: Range<Int>) -> Bool {
        guard key.count >= 6, keys[key.lowerBound] == UInt8(ascii: "d") else { return false }
        return amendmentPrefixes.contains { keys[key].starts(with: $0) }
    }
}
