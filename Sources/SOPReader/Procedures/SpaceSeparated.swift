/// A text split at its space Characters, as `text.split(separator: " ")` splits it, as Strings.
enum SpaceSeparated {
    /// The words between the text's space Characters (no empty ones): `ASCIIText.words(in:)`, which cuts
    /// on the bytes where every space stands between ASCII bytes.
    static func words(_ text: String) -> [String] {
        ASCIIText.words(in: Substring(text)).map(String.init)
    }
}
