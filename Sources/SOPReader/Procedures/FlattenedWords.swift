import Foundation

/// A line's words as the flattened readers see them — cleaned, split at spaces, each "|" standing apart
/// ("Sekreta|Kasubbag" → "Sekreta", "|", "Kasubbag") — kept as spans of one byte buffer, cut in one pass,
/// with each word's lower-cased ASCII letters laid end to end in a second buffer, so that the label
/// letters of consecutive words are one slice of it. A word becomes a `String` only when asked for.
struct FlattenedWords {
    /// One word: its bytes and its letters, as offsets into the buffers.
    struct Word {
        let start: Int32
        let end: Int32
        let letterStart: Int32
        let letterEnd: Int32
        /// ASCII without "<": its label letters are its ASCII letters (what `ColumnRole.roleOfPlainASCII`
        /// reads); the letters of a word that is not plain are not kept.
        let isPlain: Bool

        var byteCount: Int { Int(end - start) }
    }

    private var bytes: [UInt8] = []
    /// The lower-cased ASCII letters of the plain words, word after word.
    private(set) var letters: [UInt8] = []
    private(set) var words: [Word] = []

    var count: Int { words.count }

    init(_ text: String) {
        let utf8 = text.utf8
        if utf8.count < Int(Int32.max),
           let cut = utf8.withContiguousStorageIfAvailable(Self.cutWords), let cut {
            self = cut
            return
        }
        for word in SpaceSeparated.words(TextCleaning.clean(Self.pipesApart(text))) { append(word) }
    }

    private init() {}

    /// The word at `index` as a string.
    func string(_ index: Int) -> String {
        let word = words[index]
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[Int(word.start)..<Int(word.end)]), as: UTF8.self)
        }
    }

    /// `OCRNoise.isNoise` of the word at `index`, read from its bytes in place when they are printable
    /// ASCII; a string is made only for other words.
    func isNoise(_ index: Int) -> Bool {
        let word = words[index]
        guard word.end > word.start else { return false }
        let answer = bytes.withUnsafeBufferPointer {
            OCRNoise.isPrintableASCIINoise(UnsafeBufferPointer(rebasing: $0[Int(word.start)..<Int(word.end)]))
        }
        return answer ?? OCRNoise.isNoise(string(index))
    }

    /// All words as strings.
    func strings() -> [String] {
        bytes.withUnsafeBufferPointer { all in
            words.map { String(decoding: UnsafeBufferPointer(rebasing: all[Int($0.start)..<Int($0.end)]), as: UTF8.self) }
        }
    }

    /// The words cut from the text's bytes, nil when a byte rule cannot tell them. Cleaning such text
    /// only collapses whitespace (ASCII whitespace and NBSP) into single spaces: there is no `*`, no
    /// `__`, and no `<` that could open a tag. A "|" between ASCII bytes is a character of its own that
    /// gets spaces around it. So the words are the runs between whitespace and pipes, each pipe a word,
    /// provided the one space between two words stands alone: always between ASCII bytes, else asked of
    /// the scalars around it (a combining mark after it would join it).
    private static func cutWords(_ text: UnsafeBufferPointer<UInt8>) -> FlattenedWords? {
        var words: [Word] = []
        words.reserveCapacity(text.count / 4 + 1)
        var cut = true
        let letters = [UInt8](unsafeUninitializedCapacity: text.count) { letters, letterCount in
            letterCount = 0
            var index = 0
            var previousEnd = -1  // the end of the word before, for the seam
            while index < text.count {
                let byte = text[index]
                if ASCIIText.isWhitespace(byte) {
                    index += 1
                    continue
                }
                if byte == 0xC2, index + 1 < text.count, text[index + 1] == 0xA0 {
                    index += 2
                    continue
                }
                if previousEnd >= 0, !spaceStandsAlone(between: previousEnd, and: index, in: text) { cut = false; return }
                let start = index, letterStart = letterCount
                var plain = true
                if byte == UInt8(ascii: "|") {
                    guard index == 0 || text[index - 1] < 0x80, index + 1 == text.count || text[index + 1] < 0x80 else {
                        cut = false
                        return
                    }
                    index += 1
                } else {
                    while index < text.count {
                        let byte = text[index]
                        if byte < 0x80 {
                            if ASCIIText.isWhitespace(byte) || byte == UInt8(ascii: "|") { break }
                            if TextCleaning.isMarkupByte(byte) {
                                guard leavesNoMarkup(at: index, in: text) else { cut = false; return }
                                if byte == UInt8(ascii: "<") { plain = false }
                            }
                            let lower = byte | 0x20
                            if lower &- UInt8(ascii: "a") < 26 {
                                letters[letterCount] = lower
                                letterCount += 1
                            }
                        } else {
                            if byte == 0xC2, index + 1 < text.count, text[index + 1] == 0xA0 { break }
                            plain = false
                        }
                        index += 1
                    }
                    if !plain { letterCount = letterStart }
                }
                words.append(Word(start: Int32(start), end: Int32(index), letterStart: Int32(letterStart),
                                  letterEnd: Int32(letterCount), isPlain: plain))
                previousEnd = index
            }
        }
        guard cut else { return nil }
        var result = FlattenedWords()
        result.bytes = Array(text)
        result.letters = letters
        result.words = words
        return result
    }

    /// True when the markup byte at `index` starts no markup that cleaning removes: a `_` not doubled, a
    /// `<` that opens no tag (every removed tag opens with `<` and u, b, i, s, e or `/`); never a `*`.
    private static func leavesNoMarkup(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let next: UInt8 = index + 1 < text.count ? text[index + 1] : 0
        switch text[index] {
        case UInt8(ascii: "_"): return next != UInt8(ascii: "_")
        case UInt8(ascii: "<"):
            switch next | 0x20 {
            case UInt8(ascii: "u"), UInt8(ascii: "b"), UInt8(ascii: "i"), UInt8(ascii: "s"), UInt8(ascii: "e"), UInt8(ascii: "/"): return false
            default: return true
            }
        default: return false
        }
    }

    /// True when the space cleaning puts between the word ending at `end` and the one starting at
    /// `start` is a character of its own: a grapheme rule joins a space only with the scalar right
    /// before or after it, so those three scalars decide.
    private static func spaceStandsAlone(between end: Int, and start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text[end - 1] >= 0x80 || text[start] >= 0x80 else { return true }
        var lower = end - 1
        while lower > 0, text[lower] & 0xC0 == 0x80 { lower -= 1 }
        var upper = start + 1
        while upper < text.count, text[upper] & 0xC0 == 0x80 { upper += 1 }
        var seam = Array(text[lower..<end])
        seam.append(0x20)
        seam += text[start..<upper]
        let local = String(decoding: seam, as: UTF8.self)
        return local.count == local.unicodeScalars.count
    }

    /// Appends a word of the general path.
    private mutating func append(_ word: String) {
        let start = bytes.count, letterStart = letters.count
        var isPlain = true
        for byte in word.utf8 {
            bytes.append(byte)
            if byte >= 0x80 || byte == UInt8(ascii: "<") { isPlain = false }
        }
        if isPlain {
            for byte in word.utf8 where (byte | 0x20) &- UInt8(ascii: "a") < 26 { letters.append(byte | 0x20) }
        }
        words.append(Word(start: Int32(start), end: Int32(bytes.count), letterStart: Int32(letterStart),
                          letterEnd: Int32(letters.count), isPlain: isPlain))
    }

    /// `text.replacingOccurrences(of: "|", with: " | ")`, done on the bytes when every "|" stands between
    /// ASCII characters (then it is a character of its own); Foundation's replacement otherwise.
    private static func pipesApart(_ text: String) -> String {
        let utf8 = text.utf8
        let pipe = UInt8(ascii: "|")
        guard utf8.withContiguousStorageIfAvailable({ $0.contains(pipe) }) ?? utf8.contains(pipe) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        var previous: UInt8 = 0
        var iterator = utf8.makeIterator()
        var next = iterator.next()
        while let byte = next {
            next = iterator.next()
            if byte == pipe {
                guard previous < 0x80, next.map({ $0 < 0x80 }) ?? true else {
                    return text.replacingOccurrences(of: "|", with: " | ")
                }
                bytes.append(0x20)
                bytes.append(pipe)
                bytes.append(0x20)
            } else {
                bytes.append(byte)
            }
            previous = byte
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
