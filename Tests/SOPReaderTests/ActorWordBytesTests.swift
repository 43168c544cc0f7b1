import Testing
import SOPModel
@testable import SOPReader

/// The byte helpers of actor and activity words agree with the string and `Character` readings.
@Suite struct ActorWordBytesTests {
    @Test func lowercasedCopyAgreesWithByteByByte() {
        let ascii = (0..<128).map(UInt8.init) + [0xC2, 0xA0, 0xC3, 0xA9, 0xFF, 0x80]
        for length in [0, 1, 7, 8, 9, 15, 16, 17, ascii.count] {
            for start in stride(from: 0, to: ascii.count, by: 5) {
                let bytes = (0..<length).map { ascii[(start + $0) % ascii.count] }
                let list = bytes.withUnsafeBufferPointer { WordList(lowercasingASCII: $0) }
                #expect(list.bytes == bytes.map(ASCIIText.lowercased), "\(bytes)")
            }
        }
    }

    @Test func wordSetFindsListWordsAsTheSetDoes() {
        let words = ["jika", "bila", "apabila", "kepada", "ke", "pd", String(repeating: "jika", count: 40)]
        let set = Set(words), wordSet = WordSet(words)
        let tricky = ["", "a", "jika", "jikA", "jik", "jikaa", "bila\u{0301}", "k\u{212A}", "kE", "ke\r\n", "pd", "dp",
                      String(repeating: "jika", count: 40), String(repeating: "jika", count: 39)]
        let list = WordList(tricky)
        for index in tricky.indices {
            let found = list.bytes.withUnsafeBufferPointer { wordSet.index(ofUTF8: UnsafeBufferPointer(rebasing: $0[list.span(index)])) }
            #expect(wordSet.contains(tricky[index]) == set.contains(tricky[index]), "\(tricky[index].unicodeScalars.map(\.value))")
            #expect(found.map { words[$0] } == (set.contains(tricky[index]) ? tricky[index] : nil))
        }
    }

    @Test func plainWordsAgreeWithCharacterWords() {
        // " é" sends a text the `Character` way and adds no word (a one-letter run is dropped).
        for text in ["Kabag", "dan kabag", "Sekda menerima berkas; pd", "Menerima. Kasubbag", "di dan ke", "x pd. Staff?",
                     "KASI  kasie\tSEKCAM", "subbagian umum pd", "a b c", "", "1 22 333 pd pd"] {
            #expect(ActorMatcher.scanWords(text) == ActorMatcher.scanWords(text + " é"), "\(text)")
            #expect(ActorMatcher.words(text) == ActorMatcher.words(text + " é"), "\(text)")
            #expect(ActorMatcher.wordList(text, keepingStopWords: true).strings == ActorMatcher.scanWords(text))
        }
        #expect(ActorMatcher.words("Kabid dan pd") == ["kepala", "bidang", "perangkat", "daerah"])
        #expect(ActorMatcher.scanWords("di pd") == ["di", "perangkat", "daerah"])
    }

    @Test func oneEditVariantsMarkedAsSameSays() {
        let aliasTexts = ["kepala", "bagian", "sekretaris", "pusat", "staf", "tim", "kasubbag", "keuangan"]
        let aliases = AliasWords(aliasTexts.map(ActorMatcher.WordProfile.init))
        var variants: [String] = []
        for alias in aliasTexts {
            let letters = Array(alias)
            for i in letters.indices {
                var deleted = letters; deleted.remove(at: i); variants.append(String(deleted))
                for c in ["a", "x", "k", "9"] as [Character] {
                    var substituted = letters; substituted[i] = c; variants.append(String(substituted))
                    var inserted = letters; inserted.insert(c, at: i); variants.append(String(inserted))
                }
                if i + 1 < letters.count {
                    var swapped = letters; swapped.swapAt(i, i + 1); variants.append(String(swapped))
                }
            }
        }
        for word in variants {
            let list = WordList([word])
            for (index, alias) in aliasTexts.enumerated() {
                var hits = AliasHits(list, aliases: aliases)
                hits.workOut(0..<1, aliases: aliases)
                #expect(hits.meets(0, [index][...]) == ActorMatcher.same(alias, word), "\(word) ~ \(alias)")
            }
        }
    }

    @Test func strongestMarksEachColumnOnce() {
        let matcher = ActorMatcher(actors: ["A", "B", "C"].map { Actor(id: $0, name: $0) }, definitions: [])
        func actors(_ marks: [(actor: Int, mark: CellMark)]) -> [Int] {
            ActorResolver.resolve([ActorResolver.Row(activity: "Menerima surat", marks: marks)], matcher: matcher)[0].actors
        }
        #expect(actors([(2, .yes), (1, .glyph(decision: false)), (0, .glyph(decision: true)), (1, .glyph(decision: false))]) == [1, 0])
        #expect(actors([(2, .no), (1, .yes), (1, .yes)]) == [1])
        #expect(actors([(2, .no)]) == [2])
        #expect(actors([]) == [])
    }
}
