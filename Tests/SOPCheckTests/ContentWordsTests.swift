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
