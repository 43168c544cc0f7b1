import Foundation
import SOPModel

/// The approver read from a Disahkan Oleh value, with what could not be resolved.
public struct ApproverParse: Equatable, Sendable {
    public var approver: Approver
    /// Problems for diagnostics (`nip-length`, `approver-unplaced-text`, `approver-split-ambiguous`).
    public var problems: [FieldProblem]

    public init(approver: Approver, problems: [FieldProblem] = []) {
        self.approver = approver
        self.problems = problems
    }
}

/// Splits a Disahkan Oleh value ("Sekretaris Daerah Kabupaten Klungkung  <u>Anak Agung Gede Lesmana</u>",
/// "Dr. MUHAMAD IRWANSYAH, SP., MP Pembina Utama Muda (IV/c) NIP. 19771027 200312 1 005") into position,
/// name, rank and NIP. The raw value keeps its markup: underlined or bold text marks the name.
public enum ApproverParser {
    public static func parse(_ raw: String) -> ApproverParse {
        let layout = Layout(raw)
        let words = ScannedWord.words(in: layout.text)
        var approver = Approver()
        var problems: [FieldProblem] = []

        var headEnd = words.count
        var tail: Range<Int> = words.count..<words.count
        if let nip = NIPParser.digits(in: layout.text) {
            approver.nip = nip.digits
            if !nip.hasValidLength {
                problems.append(FieldProblem(code: "nip-length",
                                             message: "NIP has \(nip.digits.count) digits, expected \(NIPParser.validLength)"))
            }
            headEnd = words.firstIndex { $0.text.startIndex >= nip.range.lowerBound } ?? words.count
            let tailStart = words.firstIndex { $0.text.startIndex >= nip.range.upperBound } ?? words.count
            tail = tailStart..<words.count
        }

        let marked = layout.markedWords
        let rankInHead = (0..<headEnd).first { index in
            index > 0 && ApproverVocabulary.isRankStart(words[index]) && !(marked?.contains(index) ?? false)
        }
        let head = 0..<(rankInHead ?? headEnd)
        if let rankStart = rankInHead {
            approver.rank = joined(words, rankStart..<headEnd)
        } else if let rankStart = tail.first(where: { ApproverVocabulary.isRankStart(words[$0]) }) {
            approver.rank = joined(words, rankStart..<tail.upperBound)
            tail = tail.lowerBound..<rankStart
        }
        if let leftover = joined(words, tail) {
            problems.append(FieldProblem(code: "approver-unplaced-text",
                                         message: "text after the NIP is neither rank nor name: '\(leftover)'"))
        }

        let split = splitPositionAndName(words, head: head, marked: marked, segmentStarts: layout.segmentStartWords)
        approver.position = joined(words, split.position)
        approver.name = joined(words, split.name)
        if let rest = joined(words, split.unplaced) {
            problems.append(FieldProblem(code: "approver-unplaced-text",
                                         message: "text after the approver's name is neither rank nor NIP: '\(rest)'"))
        }
        if split.isAmbiguous {
            problems.append(FieldProblem(code: "approver-split-ambiguous",
                                         message: "cannot tell where the position ends and the name begins in "
                                             + "'\(approver.position ?? "")'"))
        }
        return ApproverParse(approver: approver, problems: problems)
    }

    private struct Split {
        var position: Range<Int>
        var name: Range<Int>
        var unplaced: Range<Int>
        var isAmbiguous = false
    }

    /// Position first, name after it: the name starts at markup, at a double-space gap, at a prefix title, or
    /// at an all-caps run ending in ", DEGREE" after a mixed-case position.
    private static func splitPositionAndName(_ words: [ScannedWord], head: Range<Int>, marked: Range<Int>?,
                                             segmentStarts: [Int]) -> Split {
        let empty = head.upperBound..<head.upperBound
        if let marked, head.contains(marked.lowerBound) {
            let nameEnd = min(marked.upperBound, head.upperBound)
            return Split(position: head.lowerBound..<marked.lowerBound, name: marked.lowerBound..<nameEnd,
                         unplaced: nameEnd..<head.upperBound)
        }
        let headWords = Array(words[head])
        guard ApproverVocabulary.isOfficeStart(headWords) else {
            return Split(position: empty, name: head, unplaced: empty)
        }
        func split(at index: Int) -> Split {
            Split(position: head.lowerBound..<index, name: index..<head.upperBound, unplaced: empty)
        }
        if let gap = segmentStarts.first(where: { $0 > head.lowerBound && $0 < head.upperBound }) {
            return split(at: gap)
        }
        if let title = head.dropFirst().first(where: { ApproverVocabulary.isPrefixTitle(words[$0]) }) {
            return split(at: title)
        }
        if let capsName = capsNameStart(words, head: head) {
            let positionHasLowercase = words[head.lowerBound..<capsName].contains { $0.text.contains(where: \.isLowercase) }
            if positionHasLowercase { return split(at: capsName) }
            var ambiguous = Split(position: head, name: empty, unplaced: empty)
            ambiguous.isAmbiguous = true
            return ambiguous
        }
        return Split(position: head, name: empty, unplaced: empty)
    }

    /// Start of an all-caps run of words that ends with "WORD," followed by a degree ("CAHYONO, SH").
    /// When the position is all caps too, this is the first caps word after the office word.
    private static func capsNameStart(_ words: [ScannedWord], head: Range<Int>) -> Int? {
        var runStart: Int? = nil
        for index in head.dropFirst() {
            let word = words[index]
            guard word.isAllCaps else {
                runStart = nil
                continue
            }
            runStart = runStart ?? index
            if word.text.hasSuffix(","), index + 1 < head.upperBound, ApproverVocabulary.isDegree(words[index + 1]) {
                return runStart
            }
        }
        return nil
    }

    private static func joined(_ words: [ScannedWord], _ range: Range<Int>) -> String? {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= words.count else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(words[range].reduce(0) { $0 + $1.text.utf8.count + 1 })
        for index in range {
            if index > range.lowerBound { bytes.append(UInt8(ascii: " ")) }
            bytes.append(contentsOf: words[index].text.utf8)
        }
        let text = TextCleaning.trimListPunctuation(String(decoding: bytes, as: UTF8.self))
        return text.isEmpty ? nil : text
    }

    /// How many `ASCIIText.words(in:)` the text has: on ASCII text without CR (one byte, one `Character`)
    /// its runs of bytes other than the space, counted without cutting them.
    static func wordCount(_ text: String) -> Int {
        var owner = text
        let count = owner.withUTF8 { bytes -> Int? in
            guard ASCIIText.isOneBytePerCharacter(bytes) else { return nil }
            var count = 0
            var previous = UInt8(ascii: " ")
            for byte in bytes {
                if byte != UInt8(ascii: " "), previous == UInt8(ascii: " ") { count += 1 }
                previous = byte
            }
            return count
        }
        return count ?? ASCIIText.words(in: Substring(text)).count
    }

    /// The value cleaned of markup, with the word ranges the markup and whitespace gaps stood for.
    private struct Layout {
        var text = ""
        /// Words that were underlined or bold.
        var markedWords: Range<Int>?
        /// Word indices where a segment begins: after a run of two or more spaces, a tab, or markup.
        var segmentStartWords: [Int] = []

        init(_ raw: String) {
            var wordCount = 0
            func append(_ part: Substring) {
                for segment in segments(of: part) {
                    let cleaned = TextCleaning.clean(String(segment))
                    guard !cleaned.isEmpty else { continue }
                    let count = ApproverParser.wordCount(cleaned)
                    segmentStartWords.append(wordCount)
                    text += text.isEmpty ? cleaned : " " + cleaned
                    wordCount += count
                }
            }
            if let markup = Layout.markedSpan(in: raw) {
                append(raw[..<markup.open.lowerBound])
                let start = wordCount
                append(raw[markup.open.upperBound..<markup.close.lowerBound])
                markedWords = start < wordCount ? start..<wordCount : nil
                append(raw[markup.close.upperBound...])
            } else {
                append(raw[...])
            }
        }

        /// The first `<u>…</u>`, `<b>…</b>`, `<strong>…</strong>` or `**…**` span.
        static func markedSpan(in raw: String) -> (open: Range<String.Index>, close: Range<String.Index>)? {
            let pairs = [("<u>", "</u>"), ("<b>", "</b>"), ("<strong>", "</strong>"), ("**", "**")]
            var best: (open: Range<String.Index>, close: Range<String.Index>)? = nil
            // ASCII text is searched in its lowercased bytes, where Foundation finds the same matches.
            let lowered = ASCIIText.isASCII(raw) ? ASCIIText.lowercased(Substring(raw)) : nil
            func find(_ pattern: String, from start: String.Index) -> Range<String.Index>? {
                if let lowered { return ASCIIText.caseInsensitiveRange(of: pattern, in: raw, lowered: lowered, from: start) }
                return raw.range(of: pattern, options: .caseInsensitive, range: start..<raw.endIndex)
            }
            for (opening, closing) in pairs {
                // No case folds onto `<` or `*`: without that byte the search cannot match, and is skipped.
                guard let lead = opening.utf8.first, ASCIIText.contains(lead, in: raw),
                      let open = find(opening, from: raw.startIndex),
                      let close = find(closing, from: open.upperBound)
                else { continue }
                if best == nil || open.lowerBound < (best?.open.lowerBound ?? raw.endIndex) { best = (open, close) }
            }
            return best
        }

        /// Parts separated by a tab or by two or more whitespace characters. ASCII without CR is read by
        /// bytes (one byte, one `Character`), other text by `Character`; both views share the indices.
        private func segments(of part: Substring) -> [Substring] {
            guard ASCIIText.isOneBytePerCharacter(part) else {
                return Layout.segments(of: part, units: part, isSpace: \.isWhitespace, isTab: { $0 == "\t" })
            }
            return Layout.segments(of: part, units: part.utf8, isSpace: ASCIIText.isWhitespace, isTab: { $0 == UInt8(ascii: "\t") })
        }

        private static func segments<Units: Collection>(of part: Substring, units: Units, isSpace: (Units.Element) -> Bool,
                                                        isTab: (Units.Element) -> Bool) -> [Substring]
        where Units.Index == String.Index {
            var result: [Substring] = []
            var start = units.startIndex
            var index = units.startIndex
            while index < units.endIndex {
                guard isSpace(units[index]) else {
                    index = units.index(after: index)
                    continue
                }
                var gapEnd = index
                var gapLength = 0
                var gapHasTab = false
                while gapEnd < units.endIndex, isSpace(units[gapEnd]) {
                    gapLength += 1
                    gapHasTab = gapHasTab || isTab(units[gapEnd])
                    gapEnd = units.index(after: gapEnd)
                }
                if gapLength >= 2 || gapHasTab {
                    result.append(part[start..<index])
                    start = gapEnd
                }
                index = gapEnd
            }
            result.append(part[start...])
            return result
        }
    }
}
