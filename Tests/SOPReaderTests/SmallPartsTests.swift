import Foundation
import SOPModel
import Testing
@testable import SOPReader

@Suite struct SourceTextTests {
    @Test func everyLineEndStyleEndsALine() {
        let lines = SourceText("a\r\nb\rc\nd").lines
        #expect(lines.map(\.text) == ["a", "b", "c", "d"])
        #expect(lines.map(\.number) == [1, 2, 3, 4])
    }

    @Test func tabCellsKeepEmptyCellsAndColumns() {
        let cells = SourceLine(number: 1, text: "1\tab\t\tc").tabCells
        #expect(cells.map(\.text) == ["1", "ab", "", "c"])
        #expect(cells.map(\.column) == [1, 3, 6, 7])
    }
}

@Suite struct SHA256Tests {
    @Test func knownDigests() {
        #expect(SHA256.hexDigest(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hexDigest(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array(String(repeating: "a", count: 1000).utf8)
        #expect(SHA256.hexDigest(long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    /// The FIPS 180-4 example messages: 448 bits (the padding needs a second block), 896 bits, a million "a".
    @Test func nistVectors() {
        #expect(SHA256.hexDigest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        let long = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(SHA256.hexDigest(Array(long.utf8)) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
        #expect(SHA256.hexDigest([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Random inputs of every length from 0 to 300 bytes (every padding case) and a few MB agree with
    /// coreutils' `sha256sum` (an essential Debian package, so not optional here).
    @Test func agreesWithSha256sum() throws {
        var generator = SystemRandomNumberGenerator()
        let lengths = Array(0...300) + [1 << 20, 3 << 20 + 17]
        let inputs = lengths.map { n in (0..<n).map { _ in UInt8.random(in: 0...255, using: &generator) } }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sha256-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = try inputs.enumerated().map { index, bytes in
            let file = dir.appendingPathComponent("\(index).bin")
            try Data(bytes).write(to: file)
            return file.path
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = files
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let digests = String(decoding: output, as: UTF8.self).split(separator: "\n").map { String($0.prefix(64)) }
        #expect(digests.count == inputs.count)
        for (index, bytes) in inputs.enumerated() where index < digests.count {
            #expect(SHA256.hexDigest(bytes) == digests[index], "\(bytes.count) bytes")
        }
    }
}

@Suite struct InputDecoderTests {
    @Test func emptyAndBlankFilesAreRejected() {
        #expect(throws: InputError.empty) { try InputDecoder.decode(Data()) }
        #expect(throws: InputError.empty) { try InputDecoder.decode(Data(" \n\n".utf8)) }
    }

    @Test func nulBytesMeanBinary() {
        #expect(throws: InputError.binary) { try InputDecoder.decode(Data([0x25, 0x50, 0x00, 0x01])) }
    }

    @Test func utf8BomIsDropped() throws {
        let (text, notes) = try InputDecoder.decode(Data([0xEF, 0xBB, 0xBF] + Array("Nomor".utf8)))
        #expect(text == "Nomor")
        #expect(notes.isEmpty)
    }

    @Test func utf16WithBomIsDecoded() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Tanggal".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (text, notes) = try InputDecoder.decode(Data(bytes))
        #expect(text == "Tanggal")
        #expect(notes.map(\.code) == ["decoded-utf16"])
    }

    @Test func invalidUtf8FallsBackToWindows1252() throws {
        let (text, notes) = try InputDecoder.decode(Data([0x46, 0x61, 0x6B, 0x73, 0x20, 0x96, 0x20, 0xE9]))
        #expect(text == "Faks – é")
        #expect(notes.map(\.code) == ["decoded-windows-1252"])
    }
}

@Suite struct TextCleaningTests {
    @Test func removesMarkupAndCollapsesWhitespace() {
        #expect(TextCleaning.clean("Sekretaris  <u>Anak Agung</u>\t**X**") == "Sekretaris Anak Agung X")
        #expect(TextCleaning.clean("a<br>b") == "a b")
        #expect(TextCleaning.clean("2 * 3 = 6") == "2 * 3 = 6")
    }

    @Test func trimsListPunctuationButNotAbbreviationDots() {
        #expect(TextCleaning.trimListPunctuation("Komputer, printer;") == "Komputer, printer")
        #expect(TextCleaning.trimListPunctuation("Kabupaten Lamandau .") == "Kabupaten Lamandau")
        #expect(TextCleaning.trimListPunctuation("CAHYONO, SH, A.") == "CAHYONO, SH, A.")
    }
}

@Suite struct LetterheadAndDefinitionTests {
    @Test func letterheadKinds() {
        #expect(LetterheadClassifier.classify("SEKRETARIAT DAERAH KABUPATEN TAPIN") == .organization)
        #expect(LetterheadClassifier.classify("Kecamatan Kutasari") == .organization)
        #expect(LetterheadClassifier.classify("Kompleks Perkantoran Kode Pos : 74662 Telepon (0532) 2071020") == .address)
        #expect(LetterheadClassifier.classify("Jalan Untung Surapati No. 2") == .address)
        #expect(LetterheadClassifier.classify("catatan yang tidak jelas asalnya") == .other)
    }

    @Test func definitionSeparators() {
        #expect(DefinitionSplitter.split("Sekda adalah Sekretaris Daerah") == Definition(term: "Sekda", meaning: "Sekretaris Daerah"))
        #expect(DefinitionSplitter.split("OPD : Organisasi Perangkat Daerah;") == Definition(term: "OPD", meaning: "Organisasi Perangkat Daerah"))
        #expect(DefinitionSplitter.split("Kabag yaitu Kepala Bagian") == Definition(term: "Kabag", meaning: "Kepala Bagian"))
        #expect(DefinitionSplitter.split("tanpa pemisah") == nil)
    }

    @Test func approverMergeFillsGapsAndReportsConflicts() {
        let identity = Approver(position: nil, name: "CAHYONG, SH", rank: nil, nip: "197201031992031012")
        let closing = Approver(position: "CAMAT X", name: "CAHYONO, SH", rank: "Penata", nip: "197201031992031012")
        let (merged, diagnostics) = ApproverMerger.merge(identity: identity, signature: closing, signatureLine: 70)
        #expect(merged == Approver(position: "CAMAT X", name: "CAHYONG, SH", rank: "Penata", nip: "197201031992031012"))
        #expect(diagnostics.map(\.code) == ["signature-mismatch"])
        #expect(diagnostics.first?.line == 70)
    }
}
