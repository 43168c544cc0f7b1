/// Words as spans of one byte buffer: a text's words are cut and lower-cased once, then compared as
/// bytes, and a `String` is made only when one is asked for.
struct WordList: Sendable {
    /// The bytes the words are spans of: a plain ASCII text lower-cased whole (its words are spans of it)
    /// followed by the bytes of words added to it, such as written-out abbreviations.
    private(set) var bytes: [UInt8] = []
    /// Each word's bytes in `bytes`, in order.
    private(set) var spans: [Range<Int>] = []
    /// Each word's `WordRole`s, looked up as it is added.
    private(set) var roles: [WordRole] = []

    init() {}

    /// The words of strings, each its UTF-8 bytes.
    init(_ words: some Sequence<String>) {
        for word in words { append(utf8Of: word) }
    }

    /// No words yet, over the bytes of an ASCII text with A–Z lower-cased; words are added as spans of
    /// it with `append(span:)`.
    init(lowercasingASCII text: UnsafeBufferPointer<UInt8>) {
        bytes = Array(unsafeUninitializedCapacity: text.count) { out, initialized in
            guard let source = text.baseAddress, let target = out.baseAddress else { return }
            WordBytes.copyLowercased(source, to: target, count: text.count)
            initialized = text.count
        }
        spans.reserveCapacity(text.count / 5 + 1)
        roles.reserveCapacity(text.count / 5 + 1)
    }

    var count: Int { spans.count }
    var isEmpty: Bool { spans.isEmpty }

    /// The bytes of word `index` in `bytes`.
    @inline(__always)
    func span(_ index: Int) -> Range<Int> { spans[index] }

    /// Word `index` as a string.
    func string(_ index: Int) -> String { String(decoding: bytes[spans[index]], as: UTF8.self) }

    /// Every word as a string.
    var strings: [String] { spans.map { String(decoding: bytes[$0], as: UTF8.self) } }

    /// True when word `index` plays `role`.
    @inline(__always)
    func isWord(_ index: Int, _ role: WordRole) -> Bool { roles[index].contains(role) }

    /// Adds the word at `span` of `bytes`; returns its entry in the `WordRole` table, nil for a word
    /// without a role.
    @discardableResult @inline(__always)
    mutating func append(span: Range<Int>) -> Int? {
        let entry = bytes.withUnsafeBufferPointer { WordRole.entry(ofUTF8: UnsafeBufferPointer(rebasing: $0[span])) }
        spans.append(span)
        roles.append(WordRole.roles(of: entry))
        return entry
    }

    @discardableResult
    mutating func append(utf8Of word: String) -> Int? {
        let start = bytes.count
        bytes.append(contentsOf: word.utf8)
        return append(span: start..<bytes.count)
    }

    /// Drops the last word (and its bytes, when they end the buffer).
    mutating func removeLast() {
        guard let last = spans.popLast() else { return }
        roles.removeLast()
        if last.upperBound == bytes.count, last.lowerBound >= (spans.last?.upperBound ?? 0) {
            bytes.removeLast(last.count)
        }
    }

    /// Adds the words of another list, their bytes after these.
    mutating func append(contentsOf other: WordList) {
        let base = bytes.count
        bytes.append(contentsOf: other.bytes)
        for span in other.spans { spans.append(base + span.lowerBound..<base + span.upperBound) }
        roles.append(contentsOf: other.roles)
    }
}

extension WordList: Equatable {
    /// Lists are equal when their words are, wherever the words' bytes stand.
    static func == (a: WordList, b: WordList) -> Bool {
        a.count == b.count && zip(a.spans, b.spans).allSatisfy { a.bytes[$0.0].elementsEqual(b.bytes[$0.1]) }
    }
}
