import SOPModel

/// An 18-digit NIP is `yyyymmdd` (birth date) `yyyymm` (appointment as civil servant) `g` `nnn`:
/// the birth date must be a real day, the appointment month real, and the appointment at least
/// `minimumAge` years after the birth year and not before it.
struct NIPDateRule: Rule {
    let code = "nip-date"
    let severity = Diagnostic.Severity.warning
    let summary = "the birth-date or appointment-date part of an 18-digit NIP is impossible"

    static let minimumAge = 17
    static let plausibleYears = 1900...2100

    static func birthMessage(_ nip: String, _ part: String) -> String { "NIP \(nip): birth date \(part) is not a possible date" }
    static func appointmentMessage(_ nip: String, _ part: String) -> String { "NIP \(nip): appointment date \(part) is not a possible month" }
    static func ageMessage(_ nip: String, birthYear: Int, appointmentYear: Int) -> String {
        "NIP \(nip): appointed in \(appointmentYear), less than \(minimumAge) years after birth in \(birthYear)"
    }

    func check(_ document: Document) -> [Diagnostic] {
        guard let nip = document.metadata.approvedBy.nip else { return [] }
        // Printable ASCII: its Characters are its bytes (a carriage return may join a line feed; it is read by Character).
        let isPlain = nip.utf8.count == NIPLengthRule.validLength && nip.utf8.allSatisfy { (0x20..<0x7F).contains($0) }
        guard isPlain || nip.count == NIPLengthRule.validLength && nip.allSatisfy(\.isASCII) else { return [] }
        let part: (Range<Int>) -> String
        if isPlain {
            let bytes = Array(nip.utf8)
            part = { String(decoding: bytes[$0], as: UTF8.self) }
        } else {
            let characters = Array(nip)
            part = { String(characters[$0]) }
        }
        func number(_ range: Range<Int>) -> Int? { Int(part(range)) }
        guard let birthYear = number(0..<4), let birthMonth = number(4..<6), let birthDay = number(6..<8),
              let appointmentYear = number(8..<12), let appointmentMonth = number(12..<14) else { return [] }
        var found: [Diagnostic] = []
        let birth = CalendarDate(year: birthYear, month: birthMonth, day: birthDay)
        if birth == nil || !Self.plausibleYears.contains(birthYear) {
            found.append(finding(Self.birthMessage(nip, part(0..<8)), line: nil))
        }
        if !(1...12).contains(appointmentMonth) || !Self.plausibleYears.contains(appointmentYear) {
            found.append(finding(Self.appointmentMessage(nip, part(8..<14)), line: nil))
        } else if birth != nil, appointmentYear - birthYear < Self.minimumAge {
            found.append(finding(Self.ageMessage(nip, birthYear: birthYear, appointmentYear: appointmentYear), line: nil))
        }
        return found
    }
}
