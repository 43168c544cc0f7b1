import Testing
@testable import SOPReader

@Suite struct RegulationKindTests {
    private func read(_ phrase: String) -> RegulationKind.Reading? {
        RegulationKind.read(phrase.split(separator: " ").map(String.init))
    }

    @Test func expandsAbbreviationsInAnyCase() {
        #expect(read("PERBUP Tapin") == .init(kind: "Peraturan Bupati", issuer: "Tapin", isRecognized: true))
        #expect(read("uu") == .init(kind: "Undang-Undang", issuer: nil, isRecognized: true))
    }

    @Test func ministerialIssuerComesFromTheWordsOrTheAbbreviation() {
        #expect(read("Peraturan Menteri Keuangan Republik Indonesia")?.issuer == "Menteri Keuangan")
        #expect(read("Permenkeu")?.issuer == "Menteri Keuangan")
        #expect(read("Permen PAN-RB")?.issuer == "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi")
        #expect(read("Permenpan RB")?.issuer == "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi")
        #expect(read("Peraturan Menteri")?.issuer == nil)
    }

    @Test func suratEdaranKeepsItsIssuerAsWritten() {
        #expect(read("Surat Edaran Menteri Dalam Negeri") == .init(kind: "Surat Edaran", issuer: "Menteri Dalam Negeri",
                                                                  isRecognized: true))
    }

    @Test func unknownPhrasesAreKeptAsWritten() {
        #expect(read("Peraturan Lembaga Administrasi Negara,") == .init(kind: "Peraturan Lembaga Administrasi Negara",
                                                                        issuer: nil, isRecognized: false))
        #expect(read("") == nil)
    }
}
