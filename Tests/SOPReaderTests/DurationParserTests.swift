import Testing
import SOPModel
@testable import SOPReader

@Suite struct DurationParserTests {
    @Test func readsNumberAndUnitWithOrWithoutSpace() {
        #expect(DurationParser.parse("30 Menit").duration == Duration(text: "30 Menit", min: 30, max: 30, unit: .minute))
        #expect(DurationParser.parse("30menit").duration?.unit == .minute)
        #expect(DurationParser.parse("5Jam").duration == Duration(text: "5Jam", min: 5, max: 5, unit: .hour))
        #expect(DurationParser.parse("1 Minggu").duration?.unit == .week)
        #expect(DurationParser.parse("1 bulan").duration?.unit == .month)
        #expect(DurationParser.parse("1 TAHUN").duration?.unit == .year)
    }

    @Test func numberTooLongForADoubleIsNotADuration() {
        let digits = String(repeating: "9", count: 400)
        let result = DurationParser.parse("\(digits) menit")
        #expect(!result.understood)
        #expect(result.duration?.min == nil && result.duration?.max == nil)
        let range = DurationParser.parse("2 - \(digits) hari")
        #expect(range.duration?.max.map(\.isFinite) ?? true)
    }

    @Test func readsRanges() {
        let tight = DurationParser.parse("2-3 hari").duration
        #expect(tight?.min == 2 && tight?.max == 3 && tight?.unit == .day)
        let spaced = DurationParser.parse("3 - 5 Hari").duration
        #expect(spaced?.min == 3 && spaced?.max == 5)
    }

    @Test func readsWorkingDaysAndPer() {
        let working = DurationParser.parse("2 Hari Kerja").duration
        #expect(working?.workingDays == true && working?.unit == .day)
        let perOPD = DurationParser.parse("60 Menit per OPD").duration
        #expect(perOPD?.per == "OPD" && perOPD?.min == 60 && perOPD?.text == "60 Menit per OPD")
        #expect(DurationParser.parse("15 menit per berkas").duration?.per == "berkas")
    }

    @Test func keepsTrailingQualifiersInText() {
        let d = DurationParser.parse("5Jam untuk menyusun laporan triwulan").duration
        #expect(d?.min == 5 && d?.unit == .hour && d?.text == "5Jam untuk menyusun laporan triwulan")
    }

    @Test func blankIsNullAndGarbageIsKeptAsText() {
        #expect(DurationParser.parse("  ").duration == nil)
        #expect(DurationParser.parse("-").duration == nil)
        let odd = DurationParser.parse("secepatnya")
        #expect(odd.understood == false && odd.duration == Duration(text: "secepatnya"))
    }

    /// U+037E (Greek question mark) is equal to ";" as a Character but not as bytes: still a blank mark.
    @Test func dashesAndSemicolonsAreBlankAsCharacters() {
        for cell in ["\u{037E}", "-\u{037E}", "\u{037E};", "-;-"] {
            let result = DurationParser.parse(cell)
            #expect(result.duration == nil && result.understood, "\(cell.unicodeScalars.map(\.value))")
        }
        #expect(DurationParser.parse("\u{037E}x").understood == false)
    }
}
