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
            var outputWordCounts: [Int] = []          // distinct content words of each earlier output
            var postings: [String: [Int]] = [:]
            var distinctOutputs: Set<Set<String>> = []  // a repeated output adds nothing and would make the postings quadratic
            var found: [Diagnostic] = []
            for (index, step) in procedure.steps.enumerated() {
                if index > 0 {
                    for input in step.inputs {
                        let words = ContentWords.of(input)
                        guard let first = words.first, !Self.externalDocumentWords.contains(first),
                              !externalPhrases.contains(words.joined(separator: " ")),
                              !Self.matchesEarlierOutput(Set(words), outputWordCounts: outputWordCounts, postings: postings) else { continue }
                        found.append(finding(Self.message(step.number, input), line: step.line))
                    }
                }
                for output in step.outputs {
                    let words = Set(ContentWords.of(output))
                    guard distinctOutputs.insert(words).inserted else { continue }
                    for word in words { postings[word, default: []].append(outputWordCounts.count) }
                    outputWordCounts.append(words.count)
                }
            }
            return found
        }
    }

    private static func matchesEarlierOutput(_ words: Set<String>, outputWordCounts: [Int], postings: [String: [Int]]) -> Bool {
        var shared: [Int: Int] = [:]
        for word in words {
            for output in postings[word] ?? [] { shared[output, default: 0] += 1 }
        }
        return shared.contains { output, count in
            let shorter = min(words.count, outputWordCounts[output])
            return (count >= 2 || count == shorter) && Double(count) >= overlap * Double(shorter)
        }
    }
}
