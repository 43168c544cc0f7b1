import Testing
@testable import SOPReader

@Suite struct OCRDigitRepairTests {
    @Test(arguments: [("IO", "10"), ("09", "09"), ("2Ol9", "2019"), ("S3", "53"), ("1|", "11")])
    func repairsLookalikeLetters(token: String, digits: String) {
        #expect(OCRDigitRepair.digits(token) == digits)
    }

    @Test(arguments: ["", "12A", "Tahun", "3/2012"])
    func rejectsTokensWithOtherCharacters(token: String) {
        #expect(OCRDigitRepair.digits(token) == nil)
    }
}
