import Foundation
import Testing
import SOPModel
@testable import SOPReader

@Suite struct TableLineTests {
    @Test func pageMarkers() {
        for marker in ["Halaman 2 dari 3", "~ 2 ~", "[ 1 ]", "- 3 -", "Hal. 2", "\t\tHalaman 1 dari 2\t"] {
            #expect(PageMarker.isPageMarker(marker), "\(marker)")
        }
        for text in ["Halaman depan", "2 Hari", "- 1 SOP Penyusunan LKjIP", "[ catatan ]"] {
            #expect(!PageMarker.isPageMarker(text), "\(text)")
        }
    }

    @Test func headerLabelsAreRecognisedThroughTypos() {
        #expect(ColumnRole.recognise("Mula Mula") == .quality)
        #expect(ColumnRole.recognise("MUTU BUKU") == .quality)
        #expect(ColumnRole.recognise("Kete rangan") == .notes)
        #expect(ColumnRole.recognise("Ket.") == .notes)
        #expect(ColumnRole.recognise("Uraian Kegiatan") == .activity)
        #expect(ColumnRole.recognise("Aktivitas") == .activity)
        #expect(ColumnRole.recognise("Persyaratan") == .inputs)
        #expect(ColumnRole.recognise("Kelengka pan") == .inputs)
        #expect(ColumnRole.recognise("Kabag Organisasi") == nil)
    }

    @Test func columnIndexRowIsStructure() {
        #expect(StructuralLine.isColumnIndexRow(["1", "2", "3", "4", "5", "6", "7"]))
        #expect(!StructuralLine.isColumnIndexRow(["1", "Menerima surat", "", "30 Menit"]))
    }

    @Test func markdownCellsAndSeparators() {
        let line = SourceLine(number: 1, text: "| 1 | Menerima \\| surat | Ya |")
        #expect(TableLayoutDetector.layout(of: line) == .markdown)
        #expect(TableLayoutDetector.cells(of: line, layout: .markdown).map { $0.text.trimmingCharacters(in: .whitespaces) } == ["1", "Menerima | surat", "Ya"])
        #expect(TableLayoutDetector.isMarkdownSeparator("|---|:---:|---|"))
        #expect(!TableLayoutDetector.isMarkdownSeparator("| 1 | - |"))
    }

    @Test func cellMarks() {
        #expect(CellMark.read("Ya") == .yes)
        #expect(CellMark.read("Tidak") == .no)
        #expect(CellMark.read("√") == .glyph(decision: false))
        #expect(CellMark.read("\\Diamond") == .glyph(decision: true))
        #expect(CellMark.read("Disposisi") == nil)
    }
}
