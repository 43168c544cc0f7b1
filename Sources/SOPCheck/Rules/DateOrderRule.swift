import SOPModel

/// An SOP is made, then takes effect, then is revised: Tanggal Pembuatan ≤ Tanggal Efektif and
/// Tanggal Pembuatan ≤ Tanggal Revisi.
struct DateOrderRule: Rule {
    let code = "date-order"
    let severity = Diagnostic.Severity.error
    let summary = "created after effective, or revised before created"

    static func message(_ later: String, _ laterDate: CalendarDate, before earlier: String, _ earlierDate: CalendarDate) -> String {
        "\(later) \(laterDate) is before \(earlier) \(earlierDate)"
    }

    func check(_ document: Document) -> [Diagnostic] {
        let metadata = document.metadata
        let created = metadata.created.flatMap(CalendarDate.init(iso:))
        var found: [Diagnostic] = []
        if let created, let effective = metadata.effective.flatMap(CalendarDate.init(iso:)), effective < created {
            found.append(finding(Self.message("Tanggal Efektif", effective, before: "Tanggal Pembuatan", created), line: nil))
        }
        if let created, let revised = metadata.revised.flatMap(CalendarDate.init(iso:)), revised < created {
            found.append(finding(Self.message("Tanggal Revisi", revised, before: "Tanggal Pembuatan", created), line: nil))
        }
        return found
    }
}
