/// The header of a flattened (raw OCR) procedure table: consecutive lines of column labels ("Pelaksana
/// Mutu Baku", "Kegiatan Kete rangan", "Kasat Sekreta | Kasubbag | Tim Kerja Kelengkapan Waktu Output")
/// and the word fragments below them ("ris"). Labels are found word by word, joining up to three words.
struct FlattenedHeader: Sendable, Equatable {
    /// Indices of the first and last header line in the lines it was found in (for the copy a
    /// `TableRegion` carries, counted from the region's first line).
    var first: Int
    var last: Int
    var actors: [String]
    var roles: Set<ColumnRole>

    /// A line's words split into the labels it names and the other words, in order.
    struct LabelScan: Equatable {
        var roles: [ColumnRole]
        /// How many words name no label, and the first of them (its index among the line's words).
        var otherWordCount = 0
        var firstOtherWord: Int?
        /// How many of the other words the scan was asked to count.
        var countedOtherWords = 0
        /// The other words themselves, when the scan was asked to keep them.
        var otherWords: [String] = []
    }

    /// Reads a line's words as labels and other words. Gives up (nil) as soon as more other words than
    /// `allowed(r)` are certain, r being the most roles the line could still name; noise words count
    /// only when `countingNoise`.
    static func scan(_ line: FlattenedWords, otherWordsAllowed allowed: (Int) -> Int, countingNoise: Bool,
                     keepingOtherWords: Bool = false) -> LabelScan? {
        var scan = LabelScan(roles: [])
        let count = line.count
        var index = 0
        while index < count {
            var matched = 0
            var length = min(3, count - index)
            while length > 0 {
                if let role = role(of: line, index..<(index + length)) {
                    scan.roles.append(role)
                    matched = length
                    break
                }
                length -= 1
            }
            if matched == 0 {
                scan.otherWordCount += 1
                if scan.firstOtherWord == nil { scan.firstOtherWord = index }
                if keepingOtherWords { scan.otherWords.append(line.string(index)) }
                if countingNoise || !line.isNoise(index) { scan.countedOtherWords += 1 }
                index += 1
            } else {
                index += matched
            }
            // Each role still to come takes at least one of the remaining words.
            if scan.countedOtherWords > allowed(scan.roles.count + count - index) { return nil }
        }
        return scan
    }

    /// `role(named:)` of a run of a line's words. A run of plain words is read from its letters, one
    /// slice of the line's letter buffer, without making strings.
    static func role(of line: FlattenedWords, _ run: Range<Int>) -> ColumnRole? {
        let words = line.words
        var byteCount = run.count - 1
        var plain = true
        for index in run {
            byteCount += words[index].byteCount
            plain = plain && words[index].isPlain
        }
        guard byteCount <= ColumnRole.longestCell else { return nil }
        guard plain else { return role(named: run.map(line.string)[...]) }
        let letters = Int(words[run.lowerBound].letterStart)..<Int(words[run.upperBound - 1].letterEnd)
        // Every label has two letters or more. The letters are already lower-cased and the run is plain
        // ASCII of at most `longestCell` bytes: `recognise(utf8:)` would read just these letters.
        guard letters.count >= 2 else { return nil }
        return line.letters.withUnsafeBufferPointer { ColumnRole.role(ofLetters: UnsafeBufferPointer(rebasing: $0[letters])) }
    }

    /// The role that words, joined by spaces, name as one label; nil unless the joined text holds a letter.
    /// (Internal for the tests of its fast paths.)
    static func role(named words: ArraySlice<String>) -> ColumnRole? {
        var byteCount = words.count - 1
        for word in words { byteCount += word.utf8.count }
        guard byteCount <= ColumnRole.longestCell else { return nil }
        // Plain ASCII words are read as one cell from their letters, without joining them.
        if let role = ColumnRole.roleOfPlainASCII(words) { return role }
        var joined = words.first ?? ""
        for word in words.dropFirst() {
            joined.append(" ")
            joined.append(word)
        }
        if let role = roleOfDashedOrTagged(joined) { return role }
        // In text of one byte per character, a role's label letters are ASCII letters: only other text
        // needs the letter test first.
        guard ASCIIText.isOneBytePerCharacter(joined) || joined.contains(where: \.isLetter) else { return nil }
        return ColumnRole.recognise(joined)
    }

    /// `ColumnRole.recognise` of a joined run that is not plain ASCII only for en/em dashes or a `<`, read
    /// from its ASCII letters (`.some(nil)` when it names none); nil for any other run. A dash is no
    /// letter, no combining mark and a character of its own next to ASCII, so the letters of such a run
    /// are its ASCII letters; ASCII with a `<` is cleaned first (a tag may go; cleaning ASCII leaves
    /// ASCII), and names a role only with two ASCII letters before cleaning. A CR could pair with a
    /// line feed: such a run is left to `recognise`.
    private static func roleOfDashedOrTagged(_ joined: String) -> ColumnRole?? {
        var joined = joined
        guard let tagged = joined.withUTF8(dashedOrTagged) else { return nil }
        guard let tagged else { return .some(nil) }
        var text = tagged ? TextCleaning.clean(joined) : joined
        return text.withUTF8 { bytes -> ColumnRole?? in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: ColumnRole.longestCell) { key -> ColumnRole?? in
                var count = 0
                for byte in bytes where (byte | 0x20) &- UInt8(ascii: "a") < 26 {
                    guard count < key.count else { return .some(nil) }  // never: the run has at most that many bytes
                    key[count] = byte | 0x20
                    count += 1
                }
                return .some(ColumnRole.recognise(utf8: UnsafeBufferPointer(rebasing: key[..<count])))
            }
        }
    }

    /// For the bytes of a run: true when it is ASCII with a `<` and no CR, false when it is ASCII without
    /// `<` and CR but for en/em dashes, `.some(nil)` when it is either with fewer than two ASCII letters;
    /// nil for any other run.
    private static func dashedOrTagged(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool?? {
        var tagged = false, dashed = false, letters = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == UInt8(ascii: "<") { tagged = true } else if byte == 0x0D { return nil }
                if (byte | 0x20) &- UInt8(ascii: "a") < 26 { letters += 1 }
                index += 1
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                      bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 {
                dashed = true  // U+2013 EN DASH, U+2014 EM DASH
                index += 3
            } else {
                return nil
            }
        }
        guard tagged != dashed else { return nil }
        return letters >= 2 ? .some(tagged) : .some(nil)
    }

    /// The header whose label lines start at or after `start`, or nil. A header block names at least four
    /// roles, among them Kegiatan or Mutu Baku and two of Kelengkapan / Waktu / Output.
    static func find(in lines: [SourceLine], from start: Int) -> FlattenedHeader? {
        var labels = LabelLines(lines)
        for index in lines.indices where index >= start {
            if let block = block(at: index, in: lines, labels: &labels) { return block }
        }
        return nil
    }

    /// True when a line inside a table body (its words) repeats the header (a page break in the scan):
    /// two distinct labels or more, and no more other words than labels.
    static func isRepeatedHeaderLine(_ words: FlattenedWords) -> Bool {
        guard let scan = scan(words, otherWordsAllowed: { $0 }, countingNoise: true),
              let first = scan.roles.first else { return false }
        return scan.roles.contains { $0 != first } && scan.otherWordCount <= scan.roles.count
    }

    /// Each line's label scan (`isLabelLine`), worked out when first asked for.
    private struct LabelLines {
        let lines: [SourceLine]
        private var scans: [LabelScan??]

        init(_ lines: [SourceLine]) {
            self.lines = lines
            scans = Array(repeating: nil, count: lines.count)
        }

        mutating func scan(at index: Int) -> LabelScan? {
            if let known = scans[index] { return known }
            let scan = FlattenedHeader.isLabelLine(lines[index])
            scans[index] = .some(scan)
            return scan
        }
    }

    /// A line of column labels is a few dozen words; a line with more text than this (spaces aside) is
    /// body text and is not split into words.
    static let longestLabelLine = 4_096

    private static func isLabelLine(_ line: SourceLine) -> LabelScan? {
        guard !line.isBlank, !hasMoreTextBytes(line.text, than: longestLabelLine) else { return nil }
        let words = FlattenedWords(line.text)
        guard let scan = labelScan(words), !scan.roles.isEmpty else { return nil }
        if let first = scan.firstOtherWord.map(words.string), ActivityVerb.opensStep(first),
           TextCleaning.clean(line.text).hasPrefix(first) { return nil }
        // The other words counted are those that are not noise.
        return scan.countedOtherWords <= 2 * scan.roles.count + 2 ? scan : nil
    }

    /// The scan of a label line: at most two other words (noise aside) per role, and two more.
    private static func labelScan(_ words: FlattenedWords, keepingOtherWords: Bool = false) -> LabelScan? {
        scan(words, otherWordsAllowed: { 2 * $0 + 2 }, countingNoise: false, keepingOtherWords: keepingOtherWords)
    }

    /// True when more than `limit` bytes of the text are neither spaces nor tabs; stops counting there.
    private static func hasMoreTextBytes(_ text: String, than limit: Int) -> Bool {
        guard text.utf8.count > limit else { return false }
        var count = 0
        for byte in text.utf8 where byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") {
            count += 1
            if count > limit { return true }
        }
        return false
    }

    private static func block(at index: Int, in lines: [SourceLine], labels: inout LabelLines) -> FlattenedHeader? {
        guard labels.scan(at: index) != nil else { return nil }
        var end = index
        var scans: [(line: Int, scan: LabelScan)] = []
        while end < lines.count {
            if let scan = labels.scan(at: end) {
                scans.append((end, scan))
                end += 1
            } else if end + 1 < lines.count, fragmentWords(lines[end]) != nil, labels.scan(at: end + 1) != nil {
                // A label wrapped onto a line of its own ("Mutu" / "Baku") between two label lines.
                end += 1
            } else {
                break
            }
        }
        let roles = Set(scans.flatMap(\.scan.roles))
        let mutuBaku: Set<ColumnRole> = [.inputs, .duration, .output]
        guard roles.count >= 4, !roles.isDisjoint(with: [.activity, .quality]),
              roles.intersection(mutuBaku).count >= 2 else { return nil }
        var fragments: [String] = []
        while end < lines.count, let fragment = fragmentWords(lines[end]) {
            fragments += fragment
            end += 1
        }
        // The actor names stand on the label line with the most other words, read again for its words.
        let actorLine = scans.max { $0.scan.otherWordCount < $1.scan.otherWordCount }
        let otherWords = actorLine.flatMap { labelScan(FlattenedWords(lines[$0.line].text), keepingOtherWords: true)?.otherWords }
        let actorWords = (otherWords ?? []).filter { !OCRNoise.isNoise($0) || $0.contains("|") }
            .map { OCRNoise.isNoise($0) ? "|" : $0 }
        let actors = ActorNameSplitter.names(words: actorWords, fragments: fragments)
        return FlattenedHeader(first: index, last: end - 1, actors: actors, roles: roles)
    }

    /// Up to two short words below the labels that finish a wrapped label or actor name ("ris").
    private static func fragmentWords(_ line: SourceLine) -> [String]? {
        guard !hasMoreTextBytes(line.text, than: longestLabelLine) else { return nil }
        let words = SpaceSeparated.words(TextCleaning.clean(line.text)).filter { !OCRNoise.isNoise($0) }
        // The line is read as a table line (its Waktu) only once its words could be a fragment.
        guard !words.isEmpty, words.count <= 2,
              !words.contains(where: { ActivityVerb.opensStep($0) || FlattenedLine.listNumber($0) != nil }),
              FlattenedLine(line).duration == nil else { return nil }
        return words
    }
}
