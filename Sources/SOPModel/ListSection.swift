/// An identity section that is a plain list (Tujuan, Kualifikasi Pelaksana, …), with its JSON field,
/// the title SOP AP prints and what one item is called in a report. The writers and diff walk
/// `ListSection.all` instead of restating the sections.
public struct ListSection: Sendable {
    /// The JSON field: "qualifications".
    public let field: String
    /// The printed title: "Kualifikasi Pelaksana".
    public let title: String
    /// One item in a report: "qualification".
    public let itemName: String
    /// The section's items in a document.
    public let items: @Sendable (Document) -> [String]

    /// The list sections in the order SOP AP prints them; Definisi (not a plain list) comes after Tujuan.
    public static let all: [ListSection] = [
        ListSection(field: "purpose", title: "Tujuan", itemName: "purpose item", items: { $0.purpose }),
        ListSection(field: "qualifications", title: "Kualifikasi Pelaksana", itemName: "qualification", items: { $0.qualifications }),
        ListSection(field: "relatedSops", title: "Keterkaitan", itemName: "related SOP", items: { $0.relatedSops }),
        ListSection(field: "equipment", title: "Peralatan / Perlengkapan", itemName: "equipment item", items: { $0.equipment }),
        ListSection(field: "warnings", title: "Peringatan", itemName: "warning", items: { $0.warnings }),
        ListSection(field: "records", title: "Pencatatan dan Pendataan", itemName: "record", items: { $0.records }),
    ]

    /// Tujuan, printed before Definisi.
    public static var beforeDefinitions: ArraySlice<ListSection> { all.prefix(1) }
    /// The sections printed after Definisi.
    public static var afterDefinitions: ArraySlice<ListSection> { all.dropFirst() }
}
