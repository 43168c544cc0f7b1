import SOPModel

/// Reads one Dasar Hukum item ("Perda Kabupaten Klungkung Nomor 9 Tahun 2016 tentang …") into a
/// `LegalBasisEntry`: the first citation is the entry; "Perubahan Atas X" in its subject fills `amends`,
/// ", sebagaimana telah diubah dengan Y" fills `amendedBy`.
public enum LegalBasisParser {
    /// The longest item read as a citation, in UTF-8 bytes. Real items, amendment chains included,
    /// run to a few hundred characters; a longer one is prose or damage and is kept as text only,
    /// so that a runaway line costs no word list.
    public static let longestCitation = 4_096

    /// True when `parse` keeps `text` as written without reading kind, number, year or subject.
    public static func isTooLong(_ text: String) -> Bool { text.utf8.count > longestCitation }

    public static func parse(_ text: String, line: Int?) -> LegalBasisEntry {
        var entry = LegalBasisEntry(text: text, line: line)
        guard !isTooLong(text) else { return entry }
        let words = Word.split(text)
        let citations = findCitations(in: words)
        guard let first = citations.first else {
            let phraseEnd = words.firstIndex { $0.key == "tentang" } ?? words.count
            let reading = RegulationKind.read(words[..<phraseEnd].map(\.text))
            entry.kind = reading?.kind
            entry.issuer = reading?.issuer
            entry.subject = subject(in: words, from: 0)
            return entry
        }
        entry.kind = first.reading?.kind
        entry.issuer = first.reading?.issuer
        entry.number = first.number
        entry.year = first.year
        entry.subject = subject(in: words, from: first.end)
        let clause = amendmentClauseStart(in: words, from: first.end) ?? words.count
        for citation in citations.dropFirst() {
            let reference = RegulationReference(kind: citation.reading?.kind, number: citation.number, year: citation.year)
            if citation.followsAtas {
                if citation.phraseStart < clause { entry.amends.append(reference) }
            } else if citation.phraseStart >= clause, !isSameRegulation(reference, as: first),
                      !entry.amendedBy.contains(reference) {
                entry.amendedBy.append(reference)
            }
        }
        return entry
    }

    /// One whitespace-separated word: as written, without surrounding punctuation, and that lowercased.
    /// The two texts are slices of the item.
    private struct Word {
        /// Plain strings, not slices of the item: a word of up to 15 bytes is then stored inline, and
        /// copying a word retains nothing.
        let text: String
        let trimmed: String
        let key: String

        static func split(_ text: String) -> [Word] {
            if let words = splitASCII(text) { return words }
            var words: [Word] = []
            for piece in ASCIIText.whitespaceWords(in: text) {
                // "No.25/2009" and "Nomor:12" carry the number inside the keyword's word.
                if let glued = numberKeywordPrefix(of: piece) {
                    words.append(Word(piece[..<glued]))
                    words.append(Word(piece[glued...]))
                } else {
                    words.append(Word(piece))
                }
            }
            return words
        }

        /// `split` read from the bytes of ASCII text without CR (one byte, one `Character`); nil for other text.
        private static func splitASCII(_ text: String) -> [Word]? {
            var owner = text
            return owner.withUTF8 { bytes -> [Word]? in
                guard ASCIIText.isOneBytePerCharacter(bytes) else { return nil }
                func slice(_ range: Range<Int>) -> String {
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                }
                func word(_ range: Range<Int>) -> Word {
                    var lower = range.lowerBound, upper = range.upperBound
                    while lower < upper, isPunctuation(bytes[lower]) { lower += 1 }
                    while lower < upper, isPunctuation(bytes[upper - 1]) { upper -= 1 }
                    let key = String(unsafeUninitializedCapacity: upper - lower) { out in
                        for index in lower..<upper {
                            let byte = bytes[index]
                            out[index - lower] = ASCIIText.lowercased(byte)
                        }
                        return upper - lower
                    }
                    let text = slice(range)
                    let trimmed = lower == range.lowerBound && upper == range.upperBound ? text : slice(lower..<upper)
                    return Word(text: text, trimmed: trimmed, key: key)
                }
                var words: [Word] = []
                words.reserveCapacity(bytes.count / 6)
                var index = 0
                while index < bytes.count {
                    while index < bytes.count, ASCIIText.isWhitespace(bytes[index]) { index += 1 }
                    guard index < bytes.count else { break }
                    let start = index
                    while index < bytes.count, !ASCIIText.isWhitespace(bytes[index]) { index += 1 }
                    if let glued = numberKeywordEnd(bytes, start..<index) {
                        words.append(word(start..<glued))
                        words.append(word(glued..<index))
                    } else {
                        words.append(word(start..<index))
                    }
                }
                return words
            }
        }

        /// `numberKeywordPrefix` for a piece of ASCII bytes: where the number glued to "No."/"Nomor:" starts.
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

        /// The word as `RegulationKind` keys it (quotes kept): `key` unless the word holds a quote.
        var kindKey: String {
            text.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) ? RegulationKind.key(of: text) : key
        }

        /// What surrounds a word without belonging to it: the word punctuation and quotes.
        private static func isPunctuation(_ byte: UInt8) -> Bool {
            ASCIIText.isWordPunctuation(byte) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }

        private init(text: String, trimmed: String, key: String) {
            self.text = text
            self.trimmed = trimmed
            self.key = key
        }

        init(_ text: Substring) {
            self.text = String(text)
            let trimmed = ASCIIText.trimming(text, where: Word.isPunctuation)
            self.trimmed = String(trimmed)
            key = ASCIIText.lowercased(trimmed)
        }

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
    }

    /// A regulation named in the text: its kind phrase, number and year, and the word after it.
    private struct Citation {
        let phraseStart: Int
        let reading: RegulationKind.Reading?
        let number: String
        let year: Int?
        /// Index of the first word after the citation.
        let end: Int
        /// The phrase follows "Atas" ("Perubahan Atas Peraturan …"): the regulation being changed.
        let followsAtas: Bool
    }

    private static let numberKeywords: Set<String> = ["nomor", "no", "nomer", "nmr"]
    private static let yearKeywords: Set<String> = ["tahun", "th", "thn"]
    /// Every number keyword starts with "n" and every year keyword with "t": other words skip the look-up.
    private static func isNumberKeyword(_ key: String) -> Bool {
        key.utf8.first == UInt8(ascii: "n") && numberKeywords.contains(key)
    }

    private static func isYearKeyword(_ key: String) -> Bool {
        key.utf8.first == UInt8(ascii: "t") && yearKeywords.contains(key)
    }

    /// Words a kind phrase never reaches back over.
    private static let hardBoundaries: Set<String> = [
        "tentang", "dengan", "atas", "oleh", "sebagaimana", "diubah", "terakhir", "berdasarkan",
        "yaitu", "juncto", "jo", "pelaksanaan", "mencabut", "dicabut", "menjadi",
    ]
    /// Words that join two citations but also occur inside kind phrases.
    private static let softBoundaries: Set<String> = ["dan", "serta"]
    private static let maximumPhraseWords = 12

    private static func findCitations(in words: [Word]) -> [Citation] {
        var citations: [Citation] = []
        var index = 0
        while index < words.count {
            if let citation = citation(in: words, at: index, after: citations.last?.end ?? 0) {
                citations.append(citation)
                index = citation.end
            } else {
                index += 1
            }
        }
        return citations
    }

    /// A citation whose "Nomor" (or, without one, whose number before "Tahun") stands at `index`.
    private static func citation(in words: [Word], at index: Int, after previousEnd: Int) -> Citation? {
        let numberIndex: Int
        let phraseEnd = index
        if isNumberKeyword(words[index].key) {
            var next = index + 1
            if next < words.count, words[next].key.isEmpty { next += 1 }
            numberIndex = next
        } else if index + 1 < words.count, isYearKeyword(words[index + 1].key),
                  OCRDigitRepair.digits(words[index].trimmed) != nil {
            numberIndex = index
        } else {
            return nil
        }
        guard numberIndex < words.count, let parsed = number(words[numberIndex].trimmed) else { return nil }
        let phraseStart = kindPhraseStart(in: words, before: phraseEnd, notBefore: previousEnd)
        let reading = RegulationKind.read(words[phraseStart..<phraseEnd].map(\.text))
        // Without "Nomor", only a known kind makes "25 Tahun 2009" a citation.
        if numberIndex == index, reading?.isRecognized != true { return nil }
        var end = numberIndex + 1
        var year = parsed.year
        if end + 1 < words.count, isYearKeyword(words[end].key), let written = yearValue(words[end + 1].trimmed) {
            year = written
            end += 2
        }
        let followsAtas = phraseStart > 0 && words[phraseStart - 1].key == "atas"
        return Citation(phraseStart: phraseStart, reading: reading, number: parsed.number, year: year, end: end,
                        followsAtas: followsAtas)
    }

    /// Where the kind phrase before `end` ("Nomor") starts. It never crosses a hard boundary ("dengan", "Atas",
    /// a word ending in "," …); it crosses "dan"/"serta" only when that yields a known kind, because those also
    /// occur inside kinds ("Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi").
    private static func kindPhraseStart(in words: [Word], before end: Int, notBefore limit: Int) -> Int {
        var start = end
        var afterSoftBoundary: Int? = nil
        var recognized: Int? = nil
        // The phrase's kind keys, last word first: each word is keyed once as the phrase grows backwards.
        var keysBackwards: [String] = []
        while start > limit, end - start < maximumPhraseWords {
            let word = words[start - 1]
            if hardBoundaries.contains(word.key) || endsWith(word.text, UInt8(ascii: ",")) || endsWith(word.text, UInt8(ascii: ";")) {
                break
            }
            start -= 1
            keysBackwards.append(word.kindKey)
            if softBoundaries.contains(word.key) {
                afterSoftBoundary = afterSoftBoundary ?? start + 1
            } else if RegulationKind.recognizes(keys: keysBackwards.reversed()) {
                recognized = start
            }
        }
        return recognized ?? afterSoftBoundary ?? start
    }

    /// `text.hasSuffix` of the ASCII punctuation `byte`: its last byte, a `Character` of its own when the
    /// byte before is ASCII too; otherwise the `Character`s decide.
    private static func endsWith(_ text: String, _ byte: UInt8) -> Bool {
        let utf8 = text.utf8
        guard let last = utf8.last, last == byte else { return false }
        let before = utf8.dropLast().last ?? 0
        return before < 0x80 || text.hasSuffix(String(Unicode.Scalar(byte)))
    }

    /// "09" → "9", "IO" → "10", "25/2009" → "25" + 2009, "35/PERMEN/2012" kept as written (+ 2012).
    private static func number(_ written: String) -> (number: String, year: Int?)? {
        let parts = written.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2, let digits = OCRDigitRepair.digits(parts[0]), let year = yearValue(parts[1]) {
            return (withoutLeadingZeros(digits), year)
        }
        if parts.count > 1 {
            guard written.contains(where: \.isNumber) else { return nil }
            return (written, parts.last.flatMap { yearValue($0) })
        }
        if let digits = OCRDigitRepair.digits(written) { return (withoutLeadingZeros(digits), nil) }
        if let first = written.first, first.isNumber { return (written, nil) }
        return nil
    }

    private static func yearValue(_ key: some StringProtocol) -> Int? {
        guard key.count == 4, let digits = OCRDigitRepair.digits(key), let year = Int(digits),
              (1900...2100).contains(year) else { return nil }
        return year
    }

    private static func withoutLeadingZeros(_ digits: String) -> String {
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    /// Text after the first "tentang" from `start`, up to an amendment clause or the end; trailing `;`/`.` trimmed.
    private static func subject(in words: [Word], from start: Int) -> String? {
        guard let about = words[start...].firstIndex(where: { $0.key == "tentang" }) else { return nil }
        let end = amendmentClauseStart(in: words, from: about + 1) ?? words.count
        guard about + 1 < end else { return nil }
        var text = ""
        text.reserveCapacity(words[(about + 1)..<end].reduce(0) { $0 + $1.text.utf8.count + 1 })
        for index in (about + 1)..<end {
            if index > about + 1 { text += " " }
            text += words[index].text
        }
        let trimmed = TextCleaning.trimListPunctuation(text).trimmingTrailing(".")
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Index of "sebagaimana" / "yang" that opens ", sebagaimana telah diubah dengan …".
    private static func amendmentClauseStart(in words: [Word], from start: Int) -> Int? {
        guard start < words.count else { return nil }
        for index in start..<words.count where words[index].key == "sebagaimana" || words[index].key == "yang" {
            let lookahead = words[(index + 1)..<min(words.count, index + 5)]
            if lookahead.contains(where: { $0.key.hasPrefix("diubah") || $0.key.hasPrefix("dicabut") }) { return index }
        }
        return nil
    }

    private static func isSameRegulation(_ reference: RegulationReference, as citation: Citation) -> Bool {
        reference.kind == citation.reading?.kind && reference.number == citation.number && reference.year == citation.year
    }
}

private extension String {
    /// Drops trailing `character`s (an ASCII one) and whitespace: byte by byte while the last two bytes
    /// are ASCII (each then a `Character` of its own, or CR LF, whitespace either way), else by `Character`.
    func trimmingTrailing(_ character: Character) -> String {
        let target = character.asciiValue
        var s = Substring(self)
        while let last = s.utf8.last, last < 0x80, (s.utf8.dropLast().last ?? 0) < 0x80, target != nil {
            guard last == target || ASCIIText.isWhitespace(last) else { return String(s) }
            s = Substring(s.utf8.dropLast())
        }
        while let last = s.last, last == character || last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
