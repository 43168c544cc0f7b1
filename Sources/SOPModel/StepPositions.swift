/// The position in a procedure's steps of the first step with each number: numbers 0 to the step
/// count (the usual ones) in an array, any other in a dictionary. Shared by the main path and the
/// flowchart's branches, which follow decisions to step numbers.
public struct StepPositions: Sendable {
    private let small: [Int]
    private let other: [Int: Int]

    public init(_ steps: [Step]) {
        var small = [Int](repeating: -1, count: steps.count + 1)
        var other: [Int: Int] = [:]
        for (position, step) in steps.enumerated() {
            if step.number >= 0, step.number <= steps.count {
                if small[step.number] < 0 { small[step.number] = position }
            } else if other[step.number] == nil {
                other[step.number] = position
            }
        }
        self.small = small
        self.other = other
    }

    /// The position of the first step numbered `number`; nil when none is.
    public func position(ofNumber number: Int) -> Int? {
        guard number >= 0, number < small.count else { return other[number] }
        let position = small[number]
        return position < 0 ? nil : position
    }
}
