/// Reads a printed step number: "7", "7.", "07)".
public enum StepNumber {
    public static func parse(_ raw: String) -> Int? {
        var text = TextCleaning.clean(raw)
        while let last = text.last, last == "." || last == ")" { text.removeLast() }
        guard !text.isEmpty, text.count <= 4, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}
