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
        let externalPhrases = Set((document.equipment + document.relatedSops).map { ContentWords.of($0).joined(separator: " ") })
        return document.procedures.flatMap { procedure -> [Diagnostic] in
            var earlier = EarlierOutputs()
            var found: [Diagnostic] = []
            for (index, step) in procedure.steps.enumerated() {
                if index > 0 {
                    for input in step.inputs {
                        let words = ContentWords.of(input)
                        guard let first = words.first, !Self.externalDocumentWords.contains(first),
                              !externalPhrases.contains(words.joined(separator: " ")),
                              !earlier.matches(Set(words)) else { continue }
                        found.append(finding(Self.message(step.number, input), line: step.line))
                    }
                }
                for output in step.outputs { earlier.add(Set(ContentWords.of(output))) }
            }
            return found
        }
    }

    /// The distinct outputs of the steps so far, indexed by word.
    private struct EarlierOutputs {
        private var outputs: [Set<String>] = []
        private var postings: [String: [Int]] = [:]
        private var known: Set<Set<String>> = []   // a repeated output adds nothing
        private var oneWordOutputs: Set<String> = []

        mutating func add(_ words: Set<String>) {
            guard known.insert(words).inserted else { return }
            if words.count == 1, let word = words.first { oneWordOutputs.insert(word) }
            for word in words { postings[word, default: []].append(outputs.count) }
            outputs.append(words)
        }

        /// True when some output shares enough of `words`. An output of two or more words must share
        /// at least two, so one of the input's rarer words (all but the most common) finds it: the
        /// postings of the most common word, which may hold every output, are never walked.
        func matches(_ words: Set<String>) -> Bool {
            if words.contains(where: oneWordOutputs.contains) { return true }
            let rarestFirst = words.sorted { (postings[$0]?.count ?? 0, $0) < (postings[$1]?.count ?? 0, $1) }
            let probes = words.count == 1 ? rarestFirst[...] : rarestFirst.dropLast()
            var seen: Set<Int> = []
            for word in probes {
                for output in postings[word] ?? [] where seen.insert(output).inserted {
                    let shared = outputs[output].intersection(words).count
                    let shorter = min(words.count, outputs[output].count)
                    if (shared >= 2 || shared == shorter) && Double(shared) >= InputChainBreakRule.overlap * Double(shorter) {
                        return true
                    }
                }
            }
            return false
        }
    }
}
