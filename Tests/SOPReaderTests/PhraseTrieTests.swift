import Testing
@testable import SOPReader
import TestSupport

/// `KnownPhrases.Others.fit` walks a trie of the known phrases: it answers as the scan of every phrase
/// sharing the item's first word did, and a table whose items share their first word parses in linear time.
@Suite struct PhraseTrieTests {
    typealias WordID = KnownPhrases.WordID

    /// The phrases of `items` as `KnownPhrases.add` keeps them (distinct, two words or more, -1 once read
    /// in two rows), as the word ids of `ids`, with the row of each.
    static func phrases(of items: [(row: Int, text: String)], ids: KnownPhrases.Others) -> (phrases: [[WordID]], onlyRows: [Int]) {
        var phrases: [[WordID]] = []
        var onlyRows: [Int] = []
        for item in items {
            let phrase = ids.wordIDs(item.text)
            guard phrase.count >= 2 else { continue }
            if let index = phrases.firstIndex(of: phrase) {
                if onlyRows[index] != item.row { onlyRows[index] = -1 }
            } else {
                phrases.append(phrase)
                onlyRows.append(item.row)
            }
        }
        return (phrases, onlyRows)
    }

    /// The fit before the trie, kept as the oracle: the phrases bucketed by first word, and each call
    /// compares the item with every phrase of its first word's bucket.
    struct BucketScan {
        let phrases: [[WordID]]
        let onlyRows: [Int]
        let firstWordStarts: [Int]
        let byFirstWord: [Int]

        /// `phrases` are distinct, of two words or more, their ids in 0..<wordCount.
        init(phrases: [[WordID]], onlyRows: [Int], wordCount: Int) {
            self.phrases = phrases
            self.onlyRows = onlyRows
            var firstWordStarts = [Int](repeating: 0, count: wordCount + 1)
            for phrase in phrases { firstWordStarts[Int(phrase[0]) + 1] += 1 }
            for word in firstWordStarts.indices.dropFirst() { firstWordStarts[word] += firstWordStarts[word - 1] }
            var next = firstWordStarts
            var byFirstWord = [Int](repeating: 0, count: phrases.count)
            for (index, phrase) in phrases.enumerated() {
                byFirstWord[next[Int(phrase[0])]] = index
                next[Int(phrase[0])] += 1
            }
            self.firstWordStarts = firstWordStarts
            self.byFirstWord = byFirstWord
        }

        func fit(_ after: ArraySlice<WordID>, beforeCount: Int, row: Int) -> Double {
            guard let first = after.first, after.count > beforeCount else { return 0 }
            let bucket = Int(first)
            guard bucket >= 0, bucket + 1 < firstWordStarts.count else { return 0 }
            var startsOne = false
            var ranPast = false
            var leftOne = false
            var completesBefore = false
            for slot in firstWordStarts[bucket]..<firstWordStarts[bucket + 1] {
                let index = byFirstWord[slot]
                guard onlyRows[index] != row else { continue }
                let words = phrases[index]
                let common = commonPrefix(words, after)
                if common == after.count, common == words.count { return 3 }
                if common == after.count { startsOne = true }
                else if common == words.count, common > beforeCount { ranPast = true }
                else if common > beforeCount { leftOne = true }
                if beforeCount > 0, words.count == beforeCount, common >= beforeCount { completesBefore = true }
            }
            if ranPast { return -2 }
            if startsOne { return 0.5 }
            if completesBefore || leftOne { return -1 }
            return 0
        }

        private func commonPrefix(_ words: [WordID], _ after: ArraySlice<WordID>) -> Int {
            var count = 0
            var index = after.startIndex
            while count < words.count, index < after.endIndex, words[count] == after[index] {
                count += 1
                index += 1
            }
            return count
        }
    }

    /// Random phrase sets over small alphabets (prefixes collide; items read in one row or in several), every
    /// row asked about (and -1, and a row that read nothing), random items and cuts and extensions of the
    /// phrases, every `beforeCount`: the trie's fit is the bucket scan's on every call.
    @Test func trieFitAgreesWithTheBucketScan() {
        var generator = SplitMix64(seed: 7)
        var calls = 0
        var mismatches: [String] = []
        for round in 0..<300 {
            let alphabet = (0..<Int.random(in: 2...5, using: &generator)).map { "w\($0)" }
            let rowCount = Int.random(in: 1...5, using: &generator)
            var known = KnownPhrases()
            var items: [(row: Int, text: String)] = []
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                let length = Int.random(in: 1...5, using: &generator)
                let text = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "w0" }.joined(separator: " ")
                let row = Int.random(in: 0..<rowCount, using: &generator)
                items.append((row, text))
                // Often read again in another row (or the same), so some phrases are shared.
                if Bool.random(using: &generator) {
                    items.append((Int.random(in: 0..<rowCount, using: &generator), text))
                }
            }
            for item in items { known.add(item.text, row: item.row) }
            let read = known.read()
            let ids = read.others(than: 0)
            let (phrases, onlyRows) = Self.phrases(of: items, ids: ids)
            let wordIDs = alphabet.map { ids.wordIDs($0).first ?? KnownPhrases.unknown }
            let scan = BucketScan(phrases: phrases, onlyRows: onlyRows, wordCount: (wordIDs.max().map(Int.init) ?? -1) + 1)
            var runs: [[WordID]] = []
            for _ in 0..<30 {
                let length = Int.random(in: 1...7, using: &generator)
                runs.append((0..<length).map { _ in
                    Int.random(in: 0..<10, using: &generator) == 0 ? KnownPhrases.unknown : wordIDs.randomElement(using: &generator) ?? 0
                })
            }
            for phrase in phrases {
                for cut in 1...phrase.count {
                    runs.append(Array(phrase[..<cut]))
                    for word in wordIDs + [KnownPhrases.unknown] { runs.append(Array(phrase[..<cut]) + [word]) }
                }
            }
            for row in -1...rowCount {
                let others = read.others(than: row)
                for run in runs {
                    // Also as a slice that does not start at index 0, as the splitter may pass.
                    let padded = [WordID(0)] + run
                    for beforeCount in -1...(run.count + 1) {
                        let expected = scan.fit(run[...], beforeCount: beforeCount, row: row)
                        let got = others.fit(run[...], beforeCount: beforeCount)
                        let gotSliced = others.fit(padded[1...], beforeCount: beforeCount)
                        calls += 2
                        if got != expected || gotSliced != expected, mismatches.count < 5 {
                            mismatches.append("round \(round) row \(row): \(run) before \(beforeCount): \(got) \(gotSliced), expected \(expected)")
                        }
                    }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
        #expect(calls > 1_000_000)
    }

    /// Nodes whose children's subtrees carry many labels: under "data" mixed subtrees (more than the two a
    /// node keeps) next to pure ones; under "surat" four rows with two children each (more labels than the
    /// three a node keeps); under "arsip" one row with two children beside another row; under "kertas" and
    /// "map" three and four rows with one child each; under "nota" three mixed children. Every row asked about, every run of up to three words and every phrase cut and
    /// extended by a word: the trie's fit is the bucket scan's.
    @Test func nodesWithManyLabelsAgreeWithTheBucketScan() {
        var items: [(row: Int, text: String)] = []
        for row in 0..<6 {
            for tail in ["a", "b", "c", "d"] {
                items.append((row, "data laporan r\(row) \(tail)"))
                items.append((row, "data laporan \(tail) r\(row)"))
                items.append((row, "data \(tail)"))
            }
        }
        items.append((1, "data laporan r0 a"))
        for row in 0..<4 {
            items.append((row, "surat a\(row)"))
            items.append((row, "surat b\(row) x"))
        }
        items += [(0, "arsip a0"), (1, "arsip b1"), (1, "arsip c1 x")]
        items += [(0, "kertas a0"), (1, "kertas a1"), (2, "kertas a2 x")]
        items += [(0, "map a0"), (1, "map a1 x"), (2, "map a2"), (3, "map a3")]
        items += [(0, "nota a x"), (1, "nota a y"), (2, "nota b x"), (3, "nota b y"), (0, "nota c x"), (2, "nota c y"), (3, "nota d")]
        var known = KnownPhrases()
        for item in items { known.add(item.text, row: item.row) }
        let read = known.read()
        let ids = read.others(than: 0)
        let (phrases, onlyRows) = Self.phrases(of: items, ids: ids)
        let words = ["data", "laporan", "surat", "arsip", "kertas", "map", "nota", "a", "b", "c", "d", "x", "y", "c1", "lain"]
            + (0..<6).map { "r\($0)" } + (0..<4).flatMap { ["a\($0)", "b\($0)"] }
        let wordIDs = words.map { ids.wordIDs($0).first ?? KnownPhrases.unknown }
        let scan = BucketScan(phrases: phrases, onlyRows: onlyRows, wordCount: (wordIDs.max().map(Int.init) ?? -1) + 1)
        var runs: [[WordID]] = []
        var layer: [[WordID]] = [[]]
        for _ in 0..<3 {
            layer = layer.flatMap { run in wordIDs.map { run + [$0] } }
            runs += layer
        }
        for phrase in phrases {
            for cut in 1...phrase.count {
                runs.append(Array(phrase[..<cut]))
                for word in wordIDs { runs.append(Array(phrase[..<cut]) + [word]) }
            }
        }
        var mismatches: [String] = []
        for row in -1...6 {
            let others = read.others(than: row)
            for run in runs {
                for beforeCount in 0...run.count
                where others.fit(run[...], beforeCount: beforeCount) != scan.fit(run[...], beforeCount: beforeCount, row: row) {
                    mismatches.append("row \(row): \(run) \(beforeCount)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count): \(mismatches.prefix(5))")
    }

    /// A flattened (OCR) table of `rows` rows whose Kelengkapan and Output items start with the same words,
    /// each row ending in 40 words of its own (so every row adds its own long item).
    static func sharedFirstWordTable(rows: Int) -> String {
        var generator = SplitMix64(seed: 11)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var lines = ["NAMA SOP : CONTOH", "Pelaksana Mutu Baku", "Kegiatan Keterangan", "Kabag Staf Kelengkapan Waktu Output", ""]
        for _ in 0..<rows {
            let words = (0..<40).map { _ in String((0..<7).map { _ in letters.randomElement(using: &generator) ?? "a" }) }
            lines.append("Membuat laporan data v Draf Data Laporan 5Jam Data laporan " + words.joined(separator: " "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table at 1× and 4× the rows: the CPU time grows about 4×, not 16× as it did when every fit
    /// scanned every item sharing its first word (the bound leaves room for a loaded machine).
    @Test func tableWhoseItemsShareTheirFirstWordParsesInLinearTime() throws {
        let small = Self.sharedFirstWordTable(rows: 500)
        let large = Self.sharedFirstWordTable(rows: 2_000)
        _ = try ReaderScalingTests.timedParse(small)  // warm up
        let (smallDocument, first) = try ReaderScalingTests.timedParse(small)
        let (_, second) = try ReaderScalingTests.timedParse(small)
        let (largeDocument, largeSeconds) = try ReaderScalingTests.timedParse(large)
        let smallSeconds = min(first, second)
        #expect(smallDocument.procedures.first?.steps.count ?? 0 > 0)
        #expect(largeDocument.procedures.first?.steps.count ?? 0 > smallDocument.procedures.first?.steps.count ?? 0)
        #expect(largeSeconds < 8 * max(smallSeconds, 0.01), "500 rows took \(smallSeconds) s, 2 000 rows \(largeSeconds) s")
    }
}
