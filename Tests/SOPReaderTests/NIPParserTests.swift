import Testing
@testable import SOPReader

@Suite struct NIPParserTests {
    @Test(arguments: [
        ("NIP. 19771027 200312 1 005", "197710272003121005"),
        ("NIP: 196504221988031008", "196504221988031008"),
        ("NIP 19720101 100203 1012", "197201011002031012"),
        ("nip.19720103199203 1 012", "197201031992031012"),
        ("NIP : 19661209 198603 1 002", "196612091986031002"),
        ("NIP. 19661209 1986O3 1 002", "196612091986031002"),
    ])
    func readsLabelledNIPs(text: String, digits: String) {
        let match = NIPParser.digits(in: text)
        #expect(match?.digits == digits)
        #expect(match?.hasValidLength == true)
    }

    @Test func rangeCoversLabelAndDigitsOnly() throws {
        let text = "Pembina Utama Muda (IV/c) NIP. 19771027 200312 1 005 Lamandau"
        let match = try #require(NIPParser.digits(in: text))
        #expect(text[match.range] == "NIP. 19771027 200312 1 005")
        #expect(text[..<match.range.lowerBound] == "Pembina Utama Muda (IV/c) ")
    }

    @Test func keepsDigitsAsPrintedWhenTheLengthIsWrong() throws {
        let match = try #require(NIPParser.digits(in: "NIP. 19720101 10020 1012"))
        #expect(match.digits == "19720101100201012")
        #expect(!match.hasValidLength)
    }

    @Test func stopsAfterEighteenDigits() throws {
        let text = "NIP. 19720101 100203 1 012 2024"
        let match = try #require(NIPParser.digits(in: text))
        #expect(match.digits == "197201011002031012")
        #expect(text[match.range.upperBound...] == " 2024")
    }

    @Test(arguments: ["Pembina Utama Muda", "NIPPON 123", "SNIP 123", "NIP. -", "NIP.", ""])
    func ignoresTextWithoutANIP(text: String) {
        #expect(NIPParser.digits(in: text) == nil)
    }

    @Test func unlabeledNeedsExactlyEighteenDigitsAndNothingElse() {
        #expect(NIPParser.unlabeledDigits(in: "  19650422 198803 1 008 ")?.digits == "196504221988031008")
        #expect(NIPParser.unlabeledDigits(in: "2024") == nil)
        #expect(NIPParser.unlabeledDigits(in: "19650422 198803 1 008 Tapin") == nil)
    }
}
