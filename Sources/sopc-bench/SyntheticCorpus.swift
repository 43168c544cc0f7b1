import Foundation
import SOPReader

/// Deterministic variants of the seed documents: document `i` is seed `i % seeds.count` with its
/// actors renamed, its step rows repeated or cut (½× to 2×, renumbered) and its activities
/// lengthened, all drawn from a PRNG seeded with `i`. A step row is a line whose first tab-separated
/// cell is a number; seeds without such rows (flattened OCR) vary in actors and words only.
struct SyntheticCorpus {
    /// One seed split around its step rows, with the actor names the reader finds in it.
    struct Seed {
        var name: String
        var head: [Substring]
        var rows: [(number: Int, rest: Substring)]
        var tail: [Substring]
        var actors: [String]
        var words: [Substring]
    }

    static let actorSuffixes = ["Bidang Umum", "Wilayah I", "Wilayah II", "Pelayanan", "Keuangan", "Teknis"]

    let seeds: [Seed]

    /// The seeds are the `.txt` files of `folder`, in name order.
    init(folder: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        seeds = try names.map { name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            return Self.seed(name: name, text: text)
        }
        guard !seeds.isEmpty else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: folder.path]) }
    }

    static func seed(name: String, text: String) -> Seed {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let rowNumber = { (line: Substring) -> Int? in
            guard let tab = line.firstIndex(of: "\t") else { return nil }
            return Int(line[..<tab])
        }
        let first = lines.firstIndex { rowNumber($0) != nil }, last = lines.lastIndex { rowNumber($0) != nil }
        var rows: [(Int, Substring)] = [], head = lines[...], tail = lines[lines.endIndex...]
        if let first, let last {
            head = lines[..<first]
            tail = lines[(last + 1)...]
            rows = lines[first...last].compactMap { line in
                guard let number = rowNumber(line), let tab = line.firstIndex(of: "\t") else { return nil }
                return (number, line[line.index(after: tab)...])
            }
        }
        let actors = ((try? SOPParser.parse(text: text, path: name))?.procedures ?? [])
            .flatMap { $0.actors.map(\.name) }.filter { $0.count >= 6 }
        let words: [Substring] = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).filter { $0.count > 3 && $0.allSatisfy(\.isLetter) }
        return Seed(name: name, head: Array(head), rows: rows, tail: Array(tail), actors: Array(Set(actors)).sorted(), words: words)
    }

    /// The text of document `index` and the seed it came from.
    func document(_ index: Int) -> (text: String, seed: String) {
        var random = SeededGenerator(seed: UInt64(index) &* 0x2545_F491_4F6C_DD1D &+ 1)
        let seed = seeds[index % seeds.count]
        var rows: [String] = []
        if !seed.rows.isEmpty {
            let count = Int.random(in: max(1, seed.rows.count / 2)...(seed.rows.count * 2), using: &random)
            rows = (0..<count).map { k in
                var rest = String(seed.rows[k % seed.rows.count].rest)
                if !seed.words.isEmpty, Bool.random(using: &random), let tab = rest.firstIndex(of: "\t") {
                    let extra = (0..<Int.random(in: 1...8, using: &random)).map { _ in seed.words[Int.random(in: 0..<seed.words.count, using: &random)] }
                    rest.insert(contentsOf: " " + extra.joined(separator: " "), at: tab)
                }
                return "\(k + 1)\t\(rest)"
            }
        }
        var text = (seed.head.map(String.init) + rows + seed.tail.map(String.init)).joined(separator: "\n")
        for actor in seed.actors where Bool.random(using: &random) {
            let suffix = Self.actorSuffixes[Int.random(in: 0..<Self.actorSuffixes.count, using: &random)]
            text = text.replacingOccurrences(of: actor, with: "\(actor) \(suffix)")
        }
        return (text, seed.name)
    }

    /// The seed with the most step rows, its rows repeated `factor` times (renumbered): the scaling input.
    func grown(by factor: Int) -> String {
        let seed = seeds.max { $0.rows.count < $1.rows.count } ?? seeds[0]
        guard !seed.rows.isEmpty else { return seed.head.joined(separator: "\n") }
        let rows = (0..<(seed.rows.count * factor)).map { k in "\(k + 1)\t\(seed.rows[k % seed.rows.count].rest)" }
        return (seed.head.map(String.init) + rows + seed.tail.map(String.init)).joined(separator: "\n")
    }
}
