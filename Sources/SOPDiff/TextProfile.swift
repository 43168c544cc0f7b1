/// A text reduced to what similarity is measured on: its case-folded words and character bigrams.
struct TextProfile {
    private(set) var words: [String: Int] = [:]
    private(set) var wordCount = 0
    private(set) var bigrams: [String: Int] = [:]
    private(set) var bigramCount = 0

    init(_ text: String) {
        for raw in TextKey.words(text) {
            let word = raw.lowercased().filter { $0.isLetter || $0.isNumber }
            guard !word.isEmpty else { continue }
            words[word, default: 0] += 1
            wordCount += 1
            let characters = Array(word)
            if characters.count == 1 {
                bigrams[word, default: 0] += 1
                bigramCount += 1
            }
            for index in characters.indices.dropLast() {
                bigrams[String(characters[index...index + 1]), default: 0] += 1
                bigramCount += 1
            }
        }
    }

    init<S: Sequence>(joining texts: S) where S.Element == String {
        self.init(texts.joined(separator: " "))
    }

    var isEmpty: Bool { wordCount == 0 }

    /// Dice coefficient of the word multisets, 0…1.
    func wordSimilarity(_ other: TextProfile) -> Double {
        Self.dice(words, wordCount, other.words, other.wordCount)
    }

    /// Half word overlap, half character-bigram overlap: robust to one typo, blind to word order.
    func similarity(_ other: TextProfile) -> Double {
        if isEmpty && other.isEmpty { return 1 }
        return 0.5 * wordSimilarity(other) + 0.5 * Self.dice(bigrams, bigramCount, other.bigrams, other.bigramCount)
    }

    private static func dice(_ a: [String: Int], _ aCount: Int, _ b: [String: Int], _ bCount: Int) -> Double {
        guard aCount + bCount > 0 else { return 1 }
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var shared = 0
        for (key, count) in small { shared += min(count, large[key] ?? 0) }
        return Double(2 * shared) / Double(aCount + bCount)
    }
}
