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
        let words = LegalBasisWords(text)
        let citations = findCitations(in: words)
        guard let first = citations.first else {
            let phraseEnd = words.words.firstIndex { $0.role == .about } ?? words.words.count
            let reading = kindReading(words, 0..<phraseEnd)
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
        let clause = amendmentClauseStart(in: words, from: first.end) ?? words.words.count
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

    private static let maximumPhraseWords = 12

    private static func findCitations(in words: LegalBasisWords) -> [Citation] {
        var citations: [Citation] = []
        var index = 0
        while index < words.words.count {
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
    private static func citation(in words: LegalBasisWords, at index: Int, after previousEnd: Int) -> Citation? {
        let list = words.words
        let numberIndex: Int
        let phraseEnd = index
        if list[index].role == .numberKeyword {
            var next = index + 1
            if next < list.count, list[next].key.isEmpty { next += 1 }
            numberIndex = next
        } else if index + 1 < list.count, list[index + 1].role == .yearKeyword, isDigitLike(words.trimmed(index)) {
            numberIndex = index
        } else {
            return nil
        }
        guard numberIndex < list.count,
              let parsed = number(words.trimmed(numberIndex)) else { return nil }
        let phraseStart = kindPhraseStart(in: words, before: phraseEnd, notBefore: previousEnd)
        let reading = kindReading(words, phraseStart..<phraseEnd)
        // Without "Nomor", only a known kind makes "25 Tahun 2009" a citation.
        if numberIndex == index, reading?.isRecognized != true { return nil }
        var end = numberIndex + 1
        var year = parsed.year
        if end + 1 < list.count, list[end].role == .yearKeyword, let written = yearValue(words.trimmed(end + 1)) {
            year = written
            end += 2
        }
        let followsAtas = phraseStart > 0 && list[phraseStart - 1].role == .atas
        return Citation(phraseStart: phraseStart, reading: reading, number: parsed.number, year: year, end: end,
                        followsAtas: followsAtas)
    }

    /// The kind phrase of the words in `range`, read by `RegulationKind`.
    private static func kindReading(_ words: LegalBasisWords, _ range: Range<Int>) -> RegulationKind.Reading? {
        RegulationKind.read(written: words.bytes, keys: words.keys, words.kinds[range])
    }

    /// Where the kind phrase before `end` ("Nomor") starts. It never crosses a hard boundary ("dengan", "Atas",
    /// a word ending in "," …); it crosses "dan"/"serta" only when that yields a known kind, because those also
    /// occur inside kinds ("Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi").
    private static func kindPhraseStart(in words: LegalBasisWords, before end: Int, notBefore limit: Int) -> Int {
        let list = words.words
        var start = end
        var afterSoftBoundary: Int? = nil
        var recognized: Int? = nil
        while start > limit, end - start < maximumPhraseWords {
            let word = list[start - 1]
            if word.role.isHardBoundary || word.endsWithBreak { break }
            start -= 1
            if word.role == .softBoundary {
                afterSoftBoundary = afterSoftBoundary ?? start + 1
            } else if RegulationKind.recognizes(keys: words.keys, words.kinds[start..<end]) {
                recognized = start
            }
        }
        return recognized ?? afterSoftBoundary ?? start
    }

    /// True when `OCRDigitRepair.digits` reads the bytes as a number (digits and look-alike letters only).
    private static func isDigitLike(_ bytes: ArraySlice<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { OCRDigitRepair.digit(forByte: $0) != nil }
    }

    /// "09" → "9", "IO" → "10", "25/2009" → "25" + 2009, "35/PERMEN/2012" kept as written (+ 2012).
    /// ASCII is read from its bytes (one byte, one `Character`: a word holds no CR); other text by `Character`.
    private static func number(_ bytes: ArraySlice<UInt8>) -> (number: String, year: Int?)? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return number(String(decoding: bytes, as: UTF8.self)) }
        let slash = UInt8(ascii: "/")
        guard let firstSlash = bytes.firstIndex(of: slash) else {
            if let digits = repairedDigits(bytes) { return (digits, nil) }
            if let first = bytes.first, isDigit(first) { return (String(decoding: bytes, as: UTF8.self), nil) }
            return nil
        }
        let lastSlash = bytes.lastIndex(of: slash) ?? firstSlash
        if firstSlash == lastSlash, let digits = repairedDigits(bytes[..<firstSlash]),
           let year = yearValue(bytes[(firstSlash + 1)...]) {
            return (digits, year)
        }
        guard bytes.contains(where: isDigit) else { return nil }
        return (String(decoding: bytes, as: UTF8.self), yearValue(bytes[(lastSlash + 1)...]))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    /// The digits ASCII bytes stand for (`OCRDigitRepair`) without leading zeros; nil unless every byte is one.
    private static func repairedDigits(_ bytes: ArraySlice<UInt8>) -> String? {
        guard !bytes.isEmpty else { return nil }
        var digits: [UInt8] = []
        digits.reserveCapacity(bytes.count)
        for byte in bytes {
            guard let digit = OCRDigitRepair.digit(forByte: byte) else { return nil }
            if digit != UInt8(ascii: "0") || !digits.isEmpty { digits.append(digit) }
        }
        return digits.isEmpty ? "0" : String(decoding: digits, as: UTF8.self)
    }

    /// `number` of text that is not ASCII, read by `Character`.
    private static func number(_ written: String) -> (number: String, year: Int?)? {
        let parts = written.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2, let digits = OCRDigitRepair.digits(parts[0]), let year = yearValue(parts[1].utf8) {
            return (withoutLeadingZeros(digits), year)
        }
        if parts.count > 1 {
            guard written.contains(where: \.isNumber) else { return nil }
            return (written, parts.last.flatMap { yearValue($0.utf8) })
        }
        if let digits = OCRDigitRepair.digits(written) { return (withoutLeadingZeros(digits), nil) }
        if let first = written.first, first.isNumber { return (written, nil) }
        return nil
    }

    /// The year four digits (or look-alikes) stand for, 1900–2100. Four such bytes are four `Character`s.
    private static func yearValue(_ bytes: some Collection<UInt8>) -> Int? {
        guard bytes.count == 4 else { return nil }
        var year = 0
        for byte in bytes {
            guard let digit = OCRDigitRepair.digit(forByte: byte) else { return nil }
            year = year * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return (1900...2100).contains(year) ? year : nil
    }

    private static func withoutLeadingZeros(_ digits: String) -> String {
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    /// Text after the first "tentang" from `start`, up to an amendment clause or the end; trailing `;`/`.` trimmed.
    private static func subject(in words: LegalBasisWords, from start: Int) -> String? {
        let list = words.words
        guard let about = list[start...].firstIndex(where: { $0.role == .about }) else { return nil }
        let end = amendmentClauseStart(in: words, from: about + 1) ?? list.count
        guard about + 1 < end else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(list[(about + 1)..<end].reduce(0) { $0 + $1.text.count + 1 })
        for index in (about + 1)..<end {
            if index > about + 1 { bytes.append(UInt8(ascii: " ")) }
            bytes.append(contentsOf: words.bytes[list[index].text])
        }
        let trimmed: String
        if let end = subjectEnd(bytes) {
            trimmed = String(decoding: bytes[..<end], as: UTF8.self)
        } else {
            trimmed = TextCleaning.trimListPunctuation(String(decoding: bytes, as: UTF8.self)).trimmingTrailing(".")
        }
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Where a subject ends once `TextCleaning.trimListPunctuation` and then `trimmingTrailing(".")` have
    /// trimmed it, found on the bytes while the bytes they look at are ASCII (each then a `Character` of its
    /// own, or CR LF, whitespace either way); nil when a non-ASCII byte is reached, for the `Character`s to decide.
    private static func subjectEnd(_ bytes: [UInt8]) -> Int? {
        func byte(_ offset: Int) -> UInt8 { offset >= 0 ? bytes[offset] : 0 }
        var end = bytes.count
        while end > 0 {
            let last = byte(end - 1), previous = byte(end - 2)
            guard last < 0x80, previous < 0x80, byte(end - 3) < 0x80 else { return nil }
            if last == UInt8(ascii: ";") || last == UInt8(ascii: ",") || ASCIIText.isWhitespace(last)
                || (last == UInt8(ascii: ".") && end >= 2 && ASCIIText.isWhitespace(previous)) {
                end -= 1
            } else {
                break
            }
        }
        while end > 0 {
            let last = byte(end - 1)
            guard last < 0x80, byte(end - 2) < 0x80 else { return nil }
            guard last == UInt8(ascii: ".") || ASCIIText.isWhitespace(last) else { break }
            end -= 1
        }
        return end
    }

    /// Index of "sebagaimana" / "yang" that opens ", sebagaimana telah diubah dengan …".
    private static func amendmentClauseStart(in words: LegalBasisWords, from start: Int) -> Int? {
        let list = words.words
        guard start < list.count else { return nil }
        for index in start..<list.count where list[index].role.isClauseOpener {
            if list[(index + 1)..<min(list.count, index + 5)].contains(where: \.opensAmendment) { return index }
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
