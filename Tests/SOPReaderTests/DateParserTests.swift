import Testing
@testable import SOPReader

@Suite struct DateParserTests {
    @Test(arguments: [
        ("27 September 2024", "2024-09-27"),
        ("10 FEBRUARI 2019", "2019-02-10"),
        ("1 Pebruari 2016", "2016-02-01"),
        ("9 Nopember 2020", "2020-11-09"),
        ("15 januari 2024", "2024-01-15"),
        ("5 Agt. 2020", "2020-08-05"),
        ("5 Ags 2020", "2020-08-05"),
        ("17 Agu 2021", "2021-08-17"),
        ("3 Sept. 2019", "2019-09-03"),
        ("3 Okt 2019", "2019-10-03"),
        ("3 Mei 2019", "2019-05-03"),
        ("31 Des 2019", "2019-12-31"),
        ("30/7/2013", "2013-07-30"),
        ("04-09-2017", "2017-09-04"),
        ("4.9.2017", "2017-09-04"),
        ("2018-07-13", "2018-07-13"),
        (": 27 September 2024.", "2024-09-27"),
        ("  9 November 2020 ;", "2020-11-09"),
        ("Senin, 9 November 2020", "2020-11-09"),
        ("29 Februari 2020", "2020-02-29"),
    ])
    func readsDates(raw: String, iso: String) {
        #expect(DateParser.parse(raw) == .date(iso))
    }

    @Test(arguments: ["", "   ", "-", "–", "—", ";", ": -", "- ;"])
    func placeholdersAreAbsent(raw: String) {
        #expect(DateParser.parse(raw) == .absent)
    }

    @Test(arguments: ["31 Februari 2019", "29 Februari 2019", "12/13/2019", "2019-13-01", "31 April 2020", "1", "belum",
                      "32 Mei 2020", "5 Foo 2020", "Mei 2020"])
    func nonDatesAreInvalidWithAReason(raw: String) {
        guard case .invalid(let reason) = DateParser.parse(raw) else {
            Issue.record("'\(raw)' should be invalid")
            return
        }
        #expect(!reason.isEmpty)
        #expect(!reason.contains("\n"))
    }

    @Test func reasonNamesTheProblem() {
        #expect(DateParser.parse("1 Smarch 2020") == .invalid("'Smarch' in '1 Smarch 2020' is not a month name"))
        guard case .invalid(let reason) = DateParser.parse("31 Februari 2019") else {
            Issue.record("expected invalid")
            return
        }
        #expect(reason.contains("28 days"))
    }
}
