/// One run of a word-level text diff: words both texts share, or words only one of them has.
public struct WordEdit: Codable, Sendable, Equatable {
    /// Whether the words are kept, only in the old text, or only in the new one.
    public enum Operation: String, Codable, Sendable {
        case same, removed, added
    }

    public var operation: Operation
    /// The words of the run, separated by single spaces.
    public var text: String

    public init(_ operation: Operation, _ text: String) {
        self.operation = operation
        self.text = text
    }
}
