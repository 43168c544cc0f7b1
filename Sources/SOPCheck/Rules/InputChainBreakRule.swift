import SOPModel

/// Heuristic: what a step needs (Kelengkapan) was produced by an earlier step (Output), unless it is an
/// external document — a letter, regulation, guideline, form or template, an item of the identity
/// page's equipment or related SOPs — or the step is the procedure's first. An input matches an output
/// when at least `overlap` of the shorter one's content words (and at least two, or all of a one-word
/// phrase) occur in the other.
struct InputChainBreakRule: Rule {
    let code = "input-chain-break"
    let severity = Diagnostic.Severity.warning
    let summary = "a step's input (Kelengkapan) that no earlier step outputs and that is not an external document (heuristic)"

    static let overlap = 0.75
    /// First words of inputs that come from outside the procedure.
    static let externalDocumentWords: Set<String> = [
        "surat", "peraturan", "undang", "perda", "perbup", "perwali", "pergub", "permen", "permenpan", "pp", "perpres",
        "keputusan", "sk", "pedoman", "juknis", "petunjuk", "formulir", "form", "format", "template", "blanko",
        "undangan", "nota", "edaran", "se", "sop", "aplikasi", "kebijakan",
    ]

    static func message(_ number: Int, _ input: String) -> String {
        "step \(number) needs \"\(input)\", which no earlier step outputs"
    }

    func check(_ document: Document) -> [Diagnostic] {
        // Words contain no spaces, so comparing word lists is comparing the phrases joined by spaces.
        let externalPhrases = Set((document.equipment + document.relatedSops).map(ContentWords.of))
        return document.procedures.flatMap { procedure -> [Diagnostic] in
            var earlier = EarlierOutputs()
            var found: [Diagnostic] = []
            for (index, step) in procedure.steps.enumerated() {
                if index > 0 {
                    for input in step.inputs {
                        let words = ContentWords.of(input)
                        guard let first = words.first, !Self.externalDocumentWords.contains(first),
                              externalPhrases.isEmpty || !externalPhrases.contains(words) else { continue }
                        let ids = earlier.vocabulary.distinctIDs(of: words)
                        guard !earlier.matches(ids) else { continue }
                        found.append(finding(Self.message(step.number, input), line: step.line))
                    }
                }
                for output in step.outputs {
                    let ids = earlier.vocabulary.distinctIDs(of: ContentWords.of(output))
                    earlier.add(ids)
                }
            }
            return found
        }
    }

    /// The words of one procedure as small numbers, so word sets are sorted arrays of integers.
    private struct Vocabulary {
        private var idOfWord: [String: Int] = [:]

        var count: Int { idOfWord.count }

        /// The distinct ids of `words`, ascending (new words get the next ids).
        mutating func distinctIDs(of words: [String]) -> [Int] {
            var ids: [Int] = []
            ids.reserveCapacity(words.count)
            for word in words {
                if let id = idOfWord[word] {
                    ids.append(id)
                } else {
                    ids.append(idOfWord.count)
                    idOfWord[word] = idOfWord.count
                }
            }
            guard ids.count > 1 else { return ids }
            ids.sort()
            var last = 0
            for index in 1..<ids.count where ids[index] != ids[last] {
                last += 1
                ids[last] = ids[index]
            }
            ids.removeSubrange((last + 1)...)
            return ids
        }
    }

    /// The distinct outputs of the steps so far (each a sorted array of word ids), indexed by word.
    private struct EarlierOutputs {
        var vocabulary = Vocabulary()
        private var outputs: [[Int]] = []
        private var postings: [[Int]] = []            // by word id: the outputs holding the word
        private var isOneWordOutput: [Bool] = []      // by word id
        private var known: Set<[Int]> = []            // a repeated output adds nothing
        /// By output: the number of the last `matches` call that looked at it.
        private var lastLookedAt: [Int] = []
        private var lookups = 0

        mutating func add(_ words: [Int]) {
            guard known.insert(words).inserted else { return }
            growTables()
            if words.count == 1 { isOneWordOutput[words[0]] = true }
            for word in words { postings[word].append(outputs.count) }
            outputs.append(words)
            lastLookedAt.append(0)
        }

        /// Gives every word of the vocabulary a posting list and a one-word flag.
        private mutating func growTables() {
            let missing = vocabulary.count - postings.count
            guard missing > 0 else { return }
            postings.append(contentsOf: repeatElement([], count: missing))
            isOneWordOutput.append(contentsOf: repeatElement(false, count: missing))
        }

        /// True when some output shares enough of `words` (sorted distinct ids). An output of two or
        /// more words must share at least two, so any word but one finds it: the postings of the
        /// input's most common word, which may hold every output, are never walked.
        mutating func matches(_ words: [Int]) -> Bool {
            growTables()
            if words.contains(where: { isOneWordOutput[$0] }) { return true }
            var skipped = -1
            if words.count > 1, let common = words.max(by: { postings[$0].count < postings[$1].count }) { skipped = common }
            lookups += 1
            for word in words where word != skipped {
                for output in postings[word] where lastLookedAt[output] != lookups {
                    lastLookedAt[output] = lookups
                    let shared = Self.sharedCount(outputs[output], words)
                    let shorter = min(words.count, outputs[output].count)
                    if (shared >= 2 || shared == shorter) && Double(shared) >= InputChainBreakRule.overlap * Double(shorter) {
                        return true
                    }
                }
            }
            return false
        }

        /// How many ids two ascending arrays have in common.
        private static func sharedCount(_ a: [Int], _ b: [Int]) -> Int {
            var i = 0, j = 0, shared = 0
            while i < a.count, j < b.count {
                if a[i] == b[j] {
                    shared += 1; i += 1; j += 1
                } else if a[i] < b[j] {
                    i += 1
                } else {
                    j += 1
                }
            }
            return shared
        }
    }
}
