import Testing
@testable import SOPReader

@Suite struct ListItemParserTests {
    private func items(_ lines: [String]) -> [String] {
        ListItemParser.items(from: lines.enumerated().map { Fragment(text: $1, line: $0 + 1) }).map(\.text)
    }

    @Test func stripsEveryMarkerStyle() {
        #expect(items(["- 1 Perda A", "2. Perbup B", "- 3. UU C", "- PP D", "• Inpres E"])
            == ["Perda A", "Perbup B", "UU C", "PP D", "Inpres E"])
        #expect(items(["a. Komputer, printer;", "b. ATK;"]) == ["Komputer, printer", "ATK"])
    }

    @Test func splitsItemsRunTogetherOnOneLineOnlyAtTheNextNumber() {
        let got = items(["1. Perpres Nomor 29 Tahun 2014 tentang 3. Hal; 2. Permen Nomor 1 Tahun 2015 dan 3. Perda Nomor 2 Tahun 2016"])
        #expect(got == ["Perpres Nomor 29 Tahun 2014 tentang 3. Hal", "Permen Nomor 1 Tahun 2015 dan", "Perda Nomor 2 Tahun 2016"])
        #expect(items(["1. Komputer dan Kelengkapan 2. Alat Tulis Kantor"]) == ["Komputer dan Kelengkapan", "Alat Tulis Kantor"])
        #expect(items(["a. Map b. Kertas"]) == ["Map", "Kertas"])
    }

    @Test func keepsADashInsideTheText() {
        #expect(items(["Jika tidak dilaksanakan akan berdampak : - tidak ada pedoman"])
            == ["Jika tidak dilaksanakan akan berdampak : - tidak ada pedoman"])
    }

    @Test func ordersByPrintedNumberAndFillsGapsWithUnnumberedItems() {
        #expect(items(["- 1. UU", "- 5. Data", "- 2. IKU", "- Komputer", "- 3. LKj", "- 4. Pegawai"])
            == ["UU", "IKU", "LKj", "Pegawai", "Data", "Komputer"])
        #expect(items(["- Arsip Sub Bagian;", "- 2. Disimpan dalam file"]) == ["Arsip Sub Bagian", "Disimpan dalam file"])
    }

    @Test func keepsReadingOrderWhenNumbersRepeat() {
        #expect(items(["1. B", "2. C", "1. A"]) == ["B", "C", "A"])
    }

    @Test func readsAPipeTableRowByRowAndSortsByNumber() {
        let got = items(["- | | | |", "|---|---|", "| 1. Ruang | 3. Meja |", "| 2. Kursi | 4. Printer |"])
        #expect(got == ["Ruang", "Kursi", "Meja", "Printer"])
    }

    @Test func joinsLowerCaseContinuationLines() {
        #expect(items(["1. Jika tidak dilaksanakan maka terjadi kesulitan", "laporan kinerja.", "2. Sesuaikan"])
            == ["Jika tidak dilaksanakan maka terjadi kesulitan laporan kinerja.", "Sesuaikan"])
    }

    @Test func removesMarkupAndTrailingListPunctuation() {
        #expect(items(["e. Lemari arsip (*filling cabinet*) untuk dokumen ."]) == ["Lemari arsip (filling cabinet) untuk dokumen"])
        #expect(items(["- 4. Staf adalah Pelaksana.;"]) == ["Staf adalah Pelaksana."])
    }

    @Test func aPlainLineIsOneItem() {
        #expect(items(["Disimpan sebagai Arsip"]) == ["Disimpan sebagai Arsip"])
    }
}

/// `PlainListText` (the byte reading of plain fragments) agrees with the `Character` reading.
@Suite struct PlainListTextTests {
    static let documents: [[String]] = [
        ["- 1 Perda A", "2. Perbup B", "- 3. UU C", "- PP D", "o Inpres E", "* Bintang F"],
        ["a. Komputer, printer;", "b. ATK;", "c. Map b. Kertas c. Pena d. (baru) e. 5 buah"],
        ["1. Perpres Nomor 29 Tahun 2014 tentang 3. Hal; 2. Permen Nomor 1 Tahun 2015 dan 3. Perda Nomor 2 Tahun 2016"],
        ["1. Komputer   dan  Kelengkapan 2.  Alat Tulis Kantor", "  lanjutan huruf kecil  ", "Baru -", "sambungan"],
        ["Jika tidak dilaksanakan akan berdampak : - tidak ada pedoman", "-", "- ", "1.", "1. ", "12) Dua", "123. Tiga", "4 Empat", "4 empat"],
        ["9. Sembilan 10. Sepuluh 11. Sebelas", "99. A 100. B 101. C", "y. Ye z. Zet", "1.5 persen", "2.Tanpa spasi", "3 . Spasi"],
        ["-|a|b|", "- | x | y |", "|---|:-:|", "| a | b |", "x | y", "   ", "", "1. a 2. 2. b 3.  3. c"],
        ["1. A 2.  B", "1. x 2. ", "1. x 2. y 3.", "b. x c.", "o", "oke", "- - 1. dua kali"],
    ]

    @Test(arguments: documents) func bytesAgreeWithCharacters(_ texts: [String]) {
        var plain: [ListItem] = [], characters: [ListItem] = []
        for (index, text) in texts.enumerated() {
            let fragment = Fragment(text: text, line: index + 1)
            var copy = text
            let read = copy.withUTF8 { PlainListText.appendItems(of: $0, line: fragment.line, to: &plain) }
            if !read { ListItemParser.appendItemsByCharacters(of: fragment, to: &plain) }
            ListItemParser.appendItemsByCharacters(of: fragment, to: &characters)
            #expect(plain == characters, "\(texts)")
        }
    }

    @Test func otherTextIsNotReadAsPlain() {
        for text in ["| a | b |", "- | a |", "-|a", "**1.** Satu", "1. <b>Satu</b>", "1. Satu\u{A0}dua", "1. Satu\tdua", "1. Satu\r", "1. Satu_dua"] {
            var copy = text
            var items: [ListItem] = []
            #expect(!copy.withUTF8 { PlainListText.appendItems(of: $0, line: 1, to: &items) }, "\(text.debugDescription)")
            #expect(items.isEmpty)
        }
    }
}

/// `PlainBytes` agrees with the byte-by-byte rules it stands for, at every length and position.
@Suite struct PlainBytesTests {
    @Test func plainAndDoubledSpacesAgreeWithBytes() {
        let fills: [UInt8] = [0x41, 0x20, 0x09, 0x7F, 0x80, 0xC2, 0x3C, 0x2A, 0x5F, 0x7E, 0x1F, 0x0D, 0x3A]
        for length in 0...19 {
            for position in 0..<max(1, length) {
                for fill in fills {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    if length > 0 { bytes[position] = fill }
                    if length > 1, position + 1 < length, fill == 0x20 { bytes[position + 1] = 0x20 }
                    bytes.withUnsafeBufferPointer { buffer in
                        for tabs in [false, true] {
                            let expected = buffer.allSatisfy { ($0 == 0x09 && tabs) || ($0 >= 0x20 && $0 <= 0x7E && !TextCleaning.isMarkupByte($0)) }
                            #expect(PlainBytes.arePlain(buffer, allowingTabs: tabs) == expected, "\(bytes) \(tabs)")
                        }
                        let doubled = zip(buffer, buffer.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
                        #expect(PlainBytes.hasDoubledSpace(buffer) == doubled, "\(bytes)")
                    }
                }
            }
        }
    }

    /// `spacesCollapsed` (the one space collapse of the plain readers) is the text's words joined by one
    /// space, as `TextCleaning.clean` leaves plain text: empty, all spaces, runs at either end and inside,
    /// tabs and other bytes kept as they are.
    @Test func spacesCollapsedJoinsTheWordsWithOneSpace() {
        let texts = ["", " ", "   ", "a", " a ", "a  b", "  Nama   SOP  Prosedur  ", "a\tb  c", "x:  y", "a b c",
                     String(repeating: "ab  ", count: 5000)]
        for text in texts {
            let expected = text.split(separator: " ").joined(separator: " ")
            let collapsed = Array(text.utf8).withUnsafeBufferPointer { PlainBytes.spacesCollapsed($0) }
            #expect(String(decoding: collapsed, as: UTF8.self) == expected, "\(text.debugDescription)")
            if !text.contains("\t") { #expect(String(decoding: collapsed, as: UTF8.self) == TextCleaning.clean(text), "\(text.debugDescription)") }
        }
    }
}
