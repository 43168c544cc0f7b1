import SOPModel

/// Identity dates must be real days in a plausible range. Shares its code with the reader's
/// `invalid-date` (a field that is not a date at all), which validate reports at this rule's severity.
struct InvalidDateRule: Rule {
    let code = "invalid-date"
    let severity = Diagnostic.Severity.error
    let summary = "an identity date that is not a real day (2023-02-29) or lies outside 1945–2100; the reader's non-dates (\"1\") too"

    static let plausibleYears = 1945...2100

    static func message(_ field: String, _ text: String) -> String { "\(field) \(text) is not a possible date" }

    func check(_ document: Document) -> [Diagnostic] {
        let metadata = document.metadata
        let dates = [("Tanggal Pembuatan", metadata.created), ("Tanggal Revisi", metadata.revised), ("Tanggal Efektif", metadata.effective)]
        return dates.compactMap { field, value in
            guard let value else { return nil }
            if let date = CalendarDate(iso: value), Self.plausibleYears.contains(date.year) { return nil }
            return finding(Self.message(field, value), line: nil)
        }
    }
}
