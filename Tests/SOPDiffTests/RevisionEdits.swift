import SOPModel

/// Edits a procedure the way a revised SOP would: step numbers and decision targets follow.
extension Procedure {
    /// Inserts `step` before index `index`; it takes that step's number and the rest move up one.
    mutating func insertStep(_ step: Step, at index: Int) {
        let number = steps[index].number
        shiftNumbers(from: number, by: 1)
        var inserted = step
        inserted.number = number
        steps.insert(inserted, at: index)
    }

    /// Removes the step at `index`; the steps after it move down one.
    mutating func deleteStep(at index: Int) {
        let number = steps[index].number
        steps.remove(at: index)
        shiftNumbers(from: number + 1, by: -1)
    }

    /// Exchanges two adjacent steps' places; numbers stay in reading order.
    mutating func swapSteps(_ index: Int) {
        let a = steps[index].number, b = steps[index + 1].number
        steps.swapAt(index, index + 1)
        steps[index].number = a
        steps[index + 1].number = b
        let exchange = { (target: Int?) -> Int? in target == a ? b : target == b ? a : target }
        for i in steps.indices {
            if let decision = steps[i].decision { steps[i].decision = Decision(yes: exchange(decision.yes), no: exchange(decision.no)) }
        }
    }

    /// Adds `delta` to every step number ≥ `first` and to every decision target ≥ `first`.
    mutating func shiftNumbers(from first: Int, by delta: Int) {
        let shift = { (n: Int?) -> Int? in n.map { $0 >= first ? $0 + delta : $0 } }
        for i in steps.indices {
            if steps[i].number >= first { steps[i].number += delta }
            if let decision = steps[i].decision { steps[i].decision = Decision(yes: shift(decision.yes), no: shift(decision.no)) }
        }
    }
}

extension Step {
    /// A step no seed has: a review by the inspectorate.
    static let review = Step(
        number: 0, activity: "Menyampaikan nota dinas kepada Inspektorat untuk reviu atas rancangan dokumen",
        inputs: ["Nota dinas reviu"], duration: Duration(text: "1 Hari", min: 1, max: 1, unit: .day),
        outputs: ["Nota dinas reviu yang telah ditandatangani"])
}
