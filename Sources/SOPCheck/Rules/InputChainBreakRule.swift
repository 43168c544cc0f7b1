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
    static let externalDocumentWords = [
        "surat", "peraturan", "undang", "perda", "perbup", "perwali", "pergub", "permen", "permenpan", "pp", "perpres",
        "keputusan", "sk", "pedoman", "juknis", "petunjuk", "formulir", "form", "format", "template", "blanko",
        "undangan", "nota", "edaran", "se", "sop", "aplikasi", "kebijakan",
    ]

    /// A table of the function words and `externalDocumentWords`, which each document's copy extends.
    private static let seededTable = ContentWords.table(adding: externalDocumentWords)

    static func message(_ number: Int, _ input: String) -> String {
        "step \(number) needs \"\(input)\", which no earlier step outputs"
    }

    func check(_ document: Document) -> [Diagnostic] {
        // The document's words as ids: first the function words, then the external document words.
        var table = Self.seededTable
        let externalWordIDs = ContentWords.functionWordList.count..<table.count
        var words: [Int] = []
        // Comparing id sequences is comparing the phrases' content words, so the phrases joined by spaces.
        var externalPhrases: Set<[Int]> = []
        for phrase in document.equipment + document.relatedSops {
            ContentWords.ids(of: phrase, in: &table, into: &words)
            externalPhrases.insert(words)
        }
        var vocabulary = ProcedureVocabulary()
        var found: [Diagnostic] = []
        for procedure in document.procedures {
            vocabulary.startProcedure()
            var earlier = EarlierOutputs()
            let steps = procedure.steps
            for index in steps.indices {   // by index: no copy of each step
                if index > 0 {
                    for input in steps[index].inputs {
                        ContentWords.ids(of: input, in: &table, into: &words)
                        guard let first = words.first, !externalWordIDs.contains(first),
                              externalPhrases.isEmpty || !externalPhrases.contains(words) else { continue }
                        let ids = vocabulary.distinctIDs(of: words)
                        guard !earlier.matches(ids, vocabularyCount: vocabulary.count) else { continue }
                        found.append(finding(Self.message(steps[index].number, input), line: steps[index].line))
                    }
                }
                for output in steps[index].outputs {
                    ContentWords.ids(of: output, in: &table, into: &words)
                    earlier.add(vocabulary.distinctIDs(of: words), vocabularyCount: vocabulary.count)
                }
            }
        }
        return found
    }

    /// The words of one procedure as small numbers from 0, so word sets are sorted arrays of
    /// integers and tables by word stay as small as the procedure: made from the document's word ids.
    private struct ProcedureVocabulary {
        /// By document word id: its id in the procedure that last met it, and that procedure's number.
        private var idOfWord: [Int] = []
        private var procedureOfWord: [Int] = []
        private var procedure = 0
        /// The number of words of the current procedure.
        private(set) var count = 0

        mutating func startProcedure() {
            procedure += 1
            count = 0
        }

        /// The distinct procedure ids of document word ids `words`, ascending (new words get the next ids).
        mutating func distinctIDs(of words: [Int]) -> [Int] {
            var ids: [Int] = []
            ids.reserveCapacity(words.count)
            for word in words {
                if word >= idOfWord.count {
                    let missing = word + 1 - idOfWord.count
                    idOfWord.append(contentsOf: repeatElement(0, count: missing))
                    procedureOfWord.append(contentsOf: repeatElement(0, count: missing))
                }
                if procedureOfWord[word] != procedure {
                    procedureOfWord[word] = procedure
                    idOfWord[word] = count
                    count += 1
                }
                ids.append(idOfWord[word])
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
        private var outputs: [[Int]] = []
        /// By word id: the outputs holding the word, as a list through `postings` (-1 ends it), and their number.
        private var firstPosting: [Int] = []
        private var postingCount: [Int] = []
        private var postings: [(output: Int, next: Int)] = []
        private var isOneWordOutput: [Bool] = []      // by word id
        /// The outputs by a hash of their words, open addressing (-1: free), so a repeated output
        /// is found and adds nothing; twice as many slots as outputs at least.
        private var slotsOfOutputs = [Int](repeating: -1, count: 16)
        /// By output: the number of the last `matches` call that looked at it.
        private var lastLookedAt: [Int] = []
        private var lookups = 0

        mutating func add(_ words: [Int], vocabularyCount: Int) {
            var slot = Self.hash(words) & (slotsOfOutputs.count - 1)
            while slotsOfOutputs[slot] >= 0 {
                if outputs[slotsOfOutputs[slot]] == words { return }
                slot = (slot + 1) & (slotsOfOutputs.count - 1)
            }
            slotsOfOutputs[slot] = outputs.count
            growTables(to: vocabularyCount)
            if words.count == 1 { isOneWordOutput[words[0]] = true }
            for word in words {
                postings.append((outputs.count, firstPosting[word]))
                firstPosting[word] = postings.count - 1
                postingCount[word] += 1
            }
            outputs.append(words)
            lastLookedAt.append(0)
            if outputs.count * 2 > slotsOfOutputs.count { growSlots() }
        }

        /// Doubles the slots and places every output again.
        private mutating func growSlots() {
            slotsOfOutputs = [Int](repeating: -1, count: slotsOfOutputs.count * 2)
            let mask = slotsOfOutputs.count - 1
            for (index, words) in outputs.enumerated() {
                var slot = Self.hash(words) & mask
                while slotsOfOutputs[slot] >= 0 { slot = (slot + 1) & mask }
                slotsOfOutputs[slot] = index
            }
        }

        /// The ids hashed by `Hasher`, seeded per process: a document cannot be made of outputs that
        /// all fall into one run of slots.
        private static func hash(_ words: [Int]) -> Int {
            var hasher = Hasher()
            for word in words { hasher.combine(word) }
            return hasher.finalize()
        }

        /// Gives every word of the vocabulary a posting list and a one-word flag.
        private mutating func growTables(to vocabularyCount: Int) {
            let missing = vocabularyCount - firstPosting.count
            guard missing > 0 else { return }
            firstPosting.append(contentsOf: repeatElement(-1, count: missing))
            postingCount.append(contentsOf: repeatElement(0, count: missing))
            isOneWordOutput.append(contentsOf: repeatElement(false, count: missing))
        }

        /// True when some output shares enough of `words` (sorted distinct ids). An output of two or
        /// more words must share at least two, so any word but one finds it: the postings of the
        /// input's most common word, which may hold every output, are never walked.
        mutating func matches(_ words: [Int], vocabularyCount: Int) -> Bool {
            growTables(to: vocabularyCount)
            if words.contains(where: { isOneWordOutput[$0] }) { return true }
            var skipped = -1
            if words.count > 1, let common = words.max(by: { postingCount[$0] < postingCount[$1] }) { skipped = common }
            lookups += 1
            for word in words where word != skipped {
                var posting = firstPosting[word]
                while posting >= 0 {
                    let output = postings[posting].output
                    posting = postings[posting].next
                    guard lastLookedAt[output] != lookups else { continue }
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
