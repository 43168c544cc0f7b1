import Foundation
@testable import SOPCheck
import Testing

/// ContentWords' byte path for ASCII must split and fold as the `Character` path does.
@Suite struct ContentWordsTests {
    private func characterWords(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { !ContentWords.functionWords.contains($0) }
    }

    @Test func asciiAndOtherTextSplitAsCharactersDo() {
        let samples = ["Draft Laporan Kinerja yang", "", "   ", "SK-01/2024: Surat\r\nMasuk", "a_b.c", "Dan DAN dan",
                       "Café au lait", "e\u{301}toile 2", "No\u{00A0}Surat", "١٢٣ angka", String(repeating: "Kata ", count: 2000)]
        for text in samples {
            #expect(ContentWords.of(text) == characterWords(text), "\(text.prefix(30))")
        }
    }
}

/// `ContentWords.ids(of:in:into:)` must give equal words equal ids and different words different
/// ids, as interning the `Character` path's words would.
@Suite struct ContentWordIDsTests {
    private let samples = ["Draft Laporan Kinerja yang", "", "   ", "SK-01/2024: Surat\r\nMasuk", "a_b.c", "Dan DAN dan",
                           "Café au lait", "CAFÉ AU LAIT", "cafe\u{301} au lait", "e\u{301}toile 2", "étoile", "No\u{00A0}Surat",
                           "١٢٣ angka", "&<>\"' surat", "KELVIN \u{212A}m km", "İstanbul istanbul", "Straße STRASSE",
                           "draft LAPORAN kinerja", String(repeating: "Kata ", count: 2000)]

    @Test func idsAgreeWithCharacterWords() {
        var table = ContentWords.table(adding: ["surat", "sk"])
        var interned: [String: Int] = [:]
        var ids: [Int] = []
        for text in samples + samples.reversed() {
            ContentWords.ids(of: text, in: &table, into: &ids)
            let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
                .filter { !ContentWords.functionWords.contains($0) }
            #expect(ids.count == words.count, "\(text.prefix(30))")
            for (id, word) in zip(ids, words) {
                #expect(id >= ContentWords.functionWordList.count, "\(word)")
                if let known = interned[word] { #expect(known == id, "\(word)") } else { interned[word] = id }
            }
        }
        #expect(Set(interned.values).count == interned.count)   // different words, different ids
    }

    @Test func seededWordsComeFirstInOrder() {
        var table = ContentWords.table(adding: ["surat", "sk"])
        let count = ContentWords.functionWordList.count
        #expect(table.count == count + 2)
        var ids: [Int] = []
        ContentWords.ids(of: "SURAT Sk dan yang", in: &table, into: &ids)
        #expect(ids == [count, count + 1])
    }

    @Test func manyWordsKeepTheirIDs() {
        var table = WordTable([])
        let words = (0..<5000).map { "kata\($0)" }
        let ids = words.map { table.id(ofLowercased: $0) }
        #expect(ids == Array(0..<5000))
        #expect(words.map { table.id(ofLowercased: $0) } == ids)
        var upper = "KATA4999"
        #expect(upper.withUTF8 { table.id(ofASCII: $0) } == 4999)
    }
}
