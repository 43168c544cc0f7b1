/// The known phrases as a trie of their word ids, each phrase labelled with the row it was read in (-1
/// when read in several), so `KnownPhrases.Others.fit` walks the words of an item once instead of
/// comparing it with every phrase. A phrase is "of another row" than `row` when its label is not `row`.
struct PhraseTrie: Sendable {
    typealias WordID = KnownPhrases.WordID

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

        /// True when some phrase carries a label other than `row`.
        func hasOther(than row: Int) -> Bool {
            switch self {
            case .none: false
            case .only(let label): label != row
            case .mixed: true
            }
        }
    }

    /// Node 0 is the root (no words); a node's id is greater than its parent's. The children of node n
    /// are `childNodes[firstChild[n]..<firstChild[n + 1]]`, reached by the words at the same places of
    /// `childWords`, in increasing word order (found by binary search: no hashing).
    private var firstChild: [Int32] = [0, 0]
    private var childWords: [WordID] = []
    private var childNodes: [Int32] = []
    /// Per node, the label of the phrase ending there (nil when none does).
    private var endings: [Int?] = [nil]
    /// Per node, the labels of the phrases of its subtree (the one ending there included).
    private var subtrees: [Labels] = [.none]

    /// The trie of `phrases` (distinct, two words or more), `labels[i]` the label of `phrases[i]`; built in
    /// time of their words (and of sorting them).
    init(_ phrases: [[WordID]], labels: [Int]) {
        // Taken in word order, each phrase shares its longest common prefix with the one before it, so
        // its nodes hang off that phrase's path, and every node's children are made in word order.
        let order = phrases.indices.sorted { phrases[$0].lexicographicallyPrecedes(phrases[$1]) }
        var parents: [Int32] = [-1]
        var words: [WordID] = [0]   // of the edge into each node (the root has none)
        var path: [Int32] = [0]     // the nodes of the previous phrase's words, the root first
        var previous: [WordID] = []
        for index in order {
            let phrase = phrases[index]
            var common = 0
            while common < phrase.count, common < previous.count, phrase[common] == previous[common] { common += 1 }
            path.removeSubrange((common + 1)...)
            for word in phrase[common...] {
                parents.append(path[path.count - 1])
                words.append(word)
                path.append(Int32(endings.count))
                endings.append(nil)
            }
            endings[Int(path[phrase.count])] = labels[index]
            previous = phrase
        }
        // The children grouped by parent (a counting sort, stable: each parent's stay in word order).
        let nodeCount = endings.count
        firstChild = [Int32](repeating: 0, count: nodeCount + 1)
        for node in 1..<nodeCount { firstChild[Int(parents[node]) + 1] += 1 }
        for node in 0..<nodeCount { firstChild[node + 1] += firstChild[node] }
        var next = firstChild
        childWords = [WordID](repeating: 0, count: nodeCount - 1)
        childNodes = [Int32](repeating: 0, count: nodeCount - 1)
        for node in 1..<nodeCount {
            let parent = Int(parents[node])
            childWords[Int(next[parent])] = words[node]
            childNodes[Int(next[parent])] = Int32(node)
            next[parent] += 1
        }
        // Children have greater ids than their parents: going down the ids, each node's subtree is
        // complete when it is folded into its parent.
        subtrees = endings.map { label in label.map(Labels.only) ?? .none }
        for node in stride(from: nodeCount - 1, to: 0, by: -1) {
            let parent = Int(parents[node])
            subtrees[parent] = subtrees[parent].merged(with: subtrees[node])
        }
    }

    /// The child of `node` reached by `word`, by binary search among its children.
    private func child(of node: Int32, _ word: WordID) -> Int32? {
        var low = Int(firstChild[Int(node)])
        var high = Int(firstChild[Int(node) + 1])
        let end = high
        while low < high {
            let middle = (low + high) / 2
            if childWords[middle] < word { low = middle + 1 } else { high = middle }
        }
        return low < end && childWords[low] == word ? childNodes[low] : nil
    }

    /// `KnownPhrases.Others.fit` for the phrases whose label is not `row`, in time of `after.count`. For each
    /// such phrase P with c words in common with `after`: c == after.count == |P| gives 3 at once; else
    /// P running past `after`'s end is a start (+0.5), P ending before it and past `beforeCount` is run past
    /// (-2), P leaving it past `beforeCount` is left (-1), P equal to the first `beforeCount` words is
    /// completed (-1). Phrases that do not share the first word count for nothing.
    ///
    /// "Left" asks for a phrase of another row below the node reached after c > `beforeCount` words that
    /// leaves `after` there; any phrase of another row below that node does: one that stays with `after`
    /// longer ends past `beforeCount` too, so it gives 3, a start, a run past or a leaving of its own, none
    /// ranked below "left"; and one ending at the node is a run past. So the subtree's labels suffice.
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
            if c > beforeCount, subtrees[Int(node)].hasOther(than: row) { leftOne = true }
            guard let next else { break }
            node = next
            c += 1
            index = after.index(after: index)
        }
        var startsOne = false
        if c == after.count {
            if let label = endings[Int(node)], label != row { return 3 }
            startsOne = subtrees[Int(node)].hasOther(than: row)
        }
        if ranPast { return -2 }
        if startsOne { return 0.5 }
        if completesBefore || leftOne { return -1 }
        return 0
    }
}
