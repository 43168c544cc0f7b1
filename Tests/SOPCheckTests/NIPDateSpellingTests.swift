@testable import SOPCheck
import SOPModel
import Testing

/// NIPs of printable ASCII are read by bytes, others by Character: the findings must be those of
/// reading every NIP by Character (the rule's reading before the byte path, below).
@Suite struct NIPDateSpellingTests {
    private func characterFindings(_ nip: String) -> [String] {
        guard nip.count == NIPLengthRule.validLength, nip.allSatisfy(\.isASCII) else { return [] }
        let digits = Array(nip)
        func number(_ range: Range<Int>) -> Int? { Int(String(digits[range])) }
        guard let birthYear = number(0..<4), let birthMonth = number(4..<6), let birthDay = number(6..<8),
              let appointmentYear = number(8..<12), let appointmentMonth = number(12..<14) else { return [] }
        var found: [String] = []
        let birth = CalendarDate(year: birthYear, month: birthMonth, day: birthDay)
        if birth == nil || !NIPDateRule.plausibleYears.contains(birthYear) {
            found.append(NIPDateRule.birthMessage(nip, String(digits[0..<8])))
        }
        if !(1...12).contains(appointmentMonth) || !NIPDateRule.plausibleYears.contains(appointmentYear) {
            found.append(NIPDateRule.appointmentMessage(nip, String(digits[8..<14])))
        } else if birth != nil, appointmentYear - birthYear < NIPDateRule.minimumAge {
            found.append(NIPDateRule.ageMessage(nip, birthYear: birthYear, appointmentYear: appointmentYear))
        }
        return found
    }

    @Test func byteAndCharacterReadingsAgree() {
        let nips = ["196801011990031001", "196802301990031001", "196801011990131001", "196801012000031001", "18680101199003100A",
                    "19680101199003100\u{301}", "+96801011990031001", "-96801011990031001", "1968010119900310\r\n1", "1968010119900310\t1",
                    "١٩٦٨٠١٠١١٩٩٠٠٣١٠٠١", "19680101 990031001", "1968 101199003100 ", "&<>\"'01011990031001", "", "1968"]
        for nip in nips {
            let document = RuleFixtures.with { $0.metadata.approvedBy.nip = nip }
            #expect(RuleFixtures.findings("nip-date", in: document).map(\.message) == characterFindings(nip), "\(nip.debugDescription)")
        }
    }
}
