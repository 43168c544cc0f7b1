/// The known phrases as a trie of their word ids, each phrase labelled with the row it was read in (-1
/// when read in several), so `KnownPhrases.Others.fit` walks the words of an item once instead of
/// comparing it with every phrase. A phrase is "of another row" than `row` when its label is not `row`.
struct PhraseTrie: Sendable {
    typealias WordID = KnownPhrases.WordID

    /// An edge: the child of `node` reached by `word`.
    private struct Edge: Hashable {
        let node: Int32
        let word: WordID
    }

    /// Which labels the phrases of a subtree carry.
    private enum Labels {
        case none
        /// All of them carry this one label.
        case only(Int)
        /// Two or more different labels.
        case mixed

        func merged(with other: Labels) -> Labels {
            switch (self, other) {
            case (.none, _): return other
            case (_, .none): return self
            case (.only(let a), .only(let b)) where a == b: return self
            default: return .mixed
            }
        }
    }

    /// Up to two children whose subtrees carry `label` alone (-1: no child).
    private struct LabelSlot {
        var label = 0
        var first: Int32 = -1
        var second: Int32 = -1

        /// True when the slot holds a child other than `excluded`.
        func hasChild(otherThan excluded: Int32) -> Bool {
            (first >= 0 && first != excluded) || (second >= 0 && second != excluded)
        }
    }

    /// A few of a node's children, enough to tell in O(1) whether a child other than a given one holds a
    /// phrase whose label is not a given one (`hasOther`).
    private struct ChildSummary {
        /// Up to two children whose subtrees are `.mixed`, in the `first` and `second` of a slot.
        var mixed = LabelSlot()
        /// Up to three distinct labels, each with up to two children whose subtrees carry that label alone.
        var labels = (LabelSlot(), LabelSlot(), LabelSlot())

        mutating func add(_ child: Int32, _ subtree: Labels) {
            switch subtree {
            case .none:
                break
            case .mixed:
                Self.add(child, to: &mixed)
            case .only(let label):
                if labels.0.first < 0 || labels.0.label == label {
                    labels.0.label = label
                    Self.add(child, to: &labels.0)
                } else if labels.1.first < 0 || labels.1.label == label {
                    labels.1.label = label
                    Self.add(child, to: &labels.1)
                } else if labels.2.first < 0 || labels.2.label == label {
                    labels.2.label = label
                    Self.add(child, to: &labels.2)
                }
            }
        }

        /// Keeps `child` in `slot` unless it holds two already.
        private static func add(_ child: Int32, to slot: inout LabelSlot) {
            if slot.first < 0 { slot.first = child } else if slot.second < 0 { slot.second = child }
        }

        /// True when a child other than `excluded` (-1: none excluded) holds a phrase whose label is not
        /// `row`. Exact from the stored children alone: a mixed subtree holds some label other than `row`,
        /// and with two mixed children stored one is not `excluded`. A label is stored with two of its
        /// children when it has two, so one of them is not `excluded`. When three labels are stored (more
        /// may exist), at most one of them is `row`, and `excluded` carries one label, so it is a child of
        /// at most one of the other two: the other has a child that answers. With fewer than three, every
        /// label is stored.
        func hasOther(than row: Int, excluding excluded: Int32) -> Bool {
            mixed.hasChild(otherThan: excluded) || (labels.0.label != row && labels.0.hasChild(otherThan: excluded))
                || (labels.1.label != row && labels.1.hasChild(otherThan: excluded))
                || (labels.2.label != row && labels.2.hasChild(otherThan: excluded))
        }
    }

    /// Node 0 is the root (no words); a node's id is greater than its parent's.
    private var children: [Edge: Int32] = [:]
    /// Per node, the label of the phrase ending there (nil when none does).
    private var endings: [Int?] = [nil]
    /// Per node, its children summarised (`ChildSummary`).
    private var summaries: [ChildSummary] = [ChildSummary()]

    /// The trie of `phrases` (distinct, two words or more), `labels[i]` the label of `phrases[i]`; built in
    /// time of their words.
    init(_ phrases: [[WordID]], labels: [Int]) {
        var parents: [Int32] = [-1]
        for (phrase, label) in zip(phrases, labels) {
            var node: Int32 = 0
            for word in phrase {
                let edge = Edge(node: node, word: word)
                if let child = children[edge] {
                    node = child
                } else {
                    let child = Int32(endings.count)
                    children[edge] = child
                    endings.append(nil)
                    parents.append(node)
                    node = child
                }
            }
            endings[Int(node)] = label
        }
        // Children have greater ids than their parents: going down the ids, each node's subtree is
        // complete when it is folded into its parent.
        var subtrees = endings.map { label in label.map(Labels.only) ?? .none }
        summaries = [ChildSummary](repeating: ChildSummary(), count: endings.count)
        for node in stride(from: endings.count - 1, to: 0, by: -1) {
            let parent = Int(parents[node])
            subtrees[parent] = subtrees[parent].merged(with: subtrees[node])
            summaries[parent].add(Int32(node), subtrees[node])
        }
    }

    private func child(of node: Int32, _ word: WordID) -> Int32? { children[Edge(node: node, word: word)] }

    /// `KnownPhrases.Others.fit` for the phrases whose label is not `row`, in time of `after.count`. For each
    /// such phrase P with c words in common with `after`: c == after.count == |P| gives 3 at once; else
    /// P running past `after`'s end is a start (+0.5), P ending before it and past `beforeCount` is run past
    /// (-2), P leaving it past `beforeCount` is left (-1), P equal to the first `beforeCount` words is
    /// completed (-1). Phrases that do not share the first word count for nothing.
    func fit(_ after: ArraySlice<WordID>, beforeCount: Int, row: Int) -> Double {
        guard let first = after.first, after.count > beforeCount, var node = child(of: 0, first) else { return 0 }
        var ranPast = false
        var leftOne = false
        var completesBefore = false
        // `node` is reached by the first c words of `after`.
        var c = 1
        var index = after.index(after: after.startIndex)
        while c < after.count {
            let next = child(of: node, after[index])
            if let label = endings[Int(node)], label != row {
                if c > beforeCount { ranPast = true }
                if c == beforeCount { completesBefore = true }
            }
            if c > beforeCount, !leftOne, summaries[Int(node)].hasOther(than: row, excluding: next ?? -1) { leftOne = true }
            guard let next else { break }
            node = next
            c += 1
            index = after.index(after: index)
        }
        var startsOne = false
        if c == after.count {
            if let label = endings[Int(node)], label != row { return 3 }
            startsOne = summaries[Int(node)].hasOther(than: row, excluding: -1)
        }
        if ranPast { return -2 }
        if startsOne { return 0.5 }
        if completesBefore || leftOne { return -1 }
        return 0
    }
}
