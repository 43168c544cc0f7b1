/// What a comparison leaves out.
public struct DiffOptions: Sendable, Equatable {
    /// Do not report steps whose printed number changed because steps before them came or went.
    public var ignoreRenumbering: Bool
    /// Compare texts case-insensitively (OCR and retyping often change only case).
    public var ignoreCase: Bool

    public init(ignoreRenumbering: Bool = false, ignoreCase: Bool = false) {
        self.ignoreRenumbering = ignoreRenumbering
        self.ignoreCase = ignoreCase
    }
}
