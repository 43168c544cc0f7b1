import Foundation

/// A compiled `pattern` keyword. A pattern of ASCII literals, bracket classes of ASCII letters,
/// digits and ranges, groups with `|` and the quantifiers `?` `*` `+` `{n}` `{n,}` `{n,m}`, optionally
/// between `^` and `$` (what schemas mostly use), is run on the UTF-8 bytes as a bit-parallel automaton
/// of at most 64 positions; any other pattern goes to NSRegularExpression.
struct SchemaPattern: @unchecked Sendable {   // NSRegularExpression is immutable and thread-safe
    private let automaton: Automaton?
    private let regex: NSRegularExpression?

    /// Throws when the pattern does not compile.
    init(_ source: String) throws {
        var parser = Parser(bytes: Array(source.utf8))
        if !source.isEmpty, let node = parser.parse(), let automaton = Automaton(node) {   // ICU refuses ""
            self.automaton = automaton
            regex = nil
        } else {
            automaton = nil
            regex = try NSRegularExpression(pattern: source)
        }
    }

    /// Whether the pattern matches somewhere in `text` (JSON Schema patterns are not implicitly anchored).
    func matches(_ text: String) -> Bool {
        if let automaton {
            return text.utf8.withContiguousStorageIfAvailable(automaton.matches) ?? automaton.matches(Array(text.utf8))
        }
        return regex?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Whether `matches(bytes:)` can tell (the pattern runs as an automaton, not by NSRegularExpression).
    var matchesBytes: Bool { automaton != nil }

    /// Whether the pattern matches somewhere in the UTF-8 `bytes`; nil when it does not run on bytes
    /// (`matchesBytes` is false).
    func matches(bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        automaton?.matches(bytes)
    }

    indirect enum Node {
        case start
        case end
        /// One byte of an ASCII set: bit b of `low` (b < 64) or of `high` (64 ≤ b < 128).
        case byte(low: UInt64, high: UInt64)
        case sequence([Node])
        case alternatives([Node])
        case repeated(Node, min: Int, max: Int?)
    }

    /// Reads the supported subset; nil for anything else (escapes, `.`, negated classes, lookaround, …).
    private struct Parser {
        let bytes: [UInt8]
        var position = 0
        /// Open groups; past `maxDepth` the pattern is left to NSRegularExpression, so a hostile
        /// pattern cannot exhaust the stack.
        var depth = 0
        static let maxDepth = 32

        mutating func parse() -> Node? {
            guard let node = alternatives(), position == bytes.count else { return nil }
            return node
        }

        private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

        private mutating func alternatives() -> Node? {
            var options: [Node] = []
            while true {
                guard let next = sequence() else { return nil }
                options.append(next)
                guard peek() == UInt8(ascii: "|") else { break }
                position += 1
            }
            return options.count == 1 ? options[0] : .alternatives(options)
        }

        private mutating func sequence() -> Node? {
            var items: [Node] = []
            while let byte = peek(), byte != UInt8(ascii: "|"), byte != UInt8(ascii: ")") {
                guard let atom = atom(), let quantified = quantified(atom) else { return nil }
                items.append(quantified)
            }
            return .sequence(items)
        }

        private mutating func atom() -> Node? {
            guard let byte = peek() else { return nil }
            position += 1
            switch byte {
            case UInt8(ascii: "^"): return .start
            case UInt8(ascii: "$"): return .end
            case UInt8(ascii: "("):
                depth += 1
                defer { depth -= 1 }
                guard depth <= Self.maxDepth, peek() != UInt8(ascii: "?"), let inner = alternatives(),
                      peek() == UInt8(ascii: ")") else { return nil }
                position += 1
                return inner
            case UInt8(ascii: "["): return bracketClass()
            default:
                guard Self.isLiteral(byte) else { return nil }
                return Self.set([byte])
            }
        }

        /// A literal outside a class: printable ASCII that is not a metacharacter.
        private static func isLiteral(_ byte: UInt8) -> Bool {
            (0x20..<0x7F).contains(byte) && !Array(#"\.[]{}()*+?^$|#"#.utf8).contains(byte)
        }

        /// `[a-z0-9_]`: literals and ranges only (no negation, escapes or nested brackets).
        private mutating func bracketClass() -> Node? {
            var members: [UInt8] = []
            guard peek() != UInt8(ascii: "^"), peek() != UInt8(ascii: "]") else { return nil }
            while let byte = peek(), byte != UInt8(ascii: "]") {
                guard Self.isClassMember(byte) else { return nil }
                position += 1
                if peek() == UInt8(ascii: "-"), position + 1 < bytes.count, bytes[position + 1] != UInt8(ascii: "]") {
                    let upper = bytes[position + 1]
                    guard Self.isClassMember(upper), byte <= upper else { return nil }
                    members += Array(byte...upper)
                    position += 2
                } else {
                    members.append(byte)
                }
            }
            guard peek() == UInt8(ascii: "]") else { return nil }
            position += 1
            return Self.set(members)
        }

        /// Letters, digits, `_` and space inside brackets (other characters may have a meaning there).
        private static func isClassMember(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "_"), UInt8(ascii: " "): true
            default: false
            }
        }

        private static func set(_ members: [UInt8]) -> Node {
            var low: UInt64 = 0, high: UInt64 = 0
            for byte in members {
                if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
            }
            return .byte(low: low, high: high)
        }

        private mutating func quantified(_ atom: Node) -> Node? {
            let bounds: (min: Int, max: Int?)
            switch peek() {
            case UInt8(ascii: "?"): bounds = (0, 1); position += 1
            case UInt8(ascii: "*"): bounds = (0, nil); position += 1
            case UInt8(ascii: "+"): bounds = (1, nil); position += 1
            case UInt8(ascii: "{"):
                position += 1
                guard let min = number() else { return nil }
                var max: Int? = min
                if peek() == UInt8(ascii: ",") {
                    position += 1
                    max = peek() == UInt8(ascii: "}") ? nil : number()
                    guard max == nil || peek() == UInt8(ascii: "}") else { return nil }
                }
                guard peek() == UInt8(ascii: "}"), max.map({ $0 >= min }) ?? true else { return nil }
                position += 1
                bounds = (min, max)
            default:
                return atom
            }
            switch atom {
            case .start, .end: return nil   // a quantified anchor is left to NSRegularExpression
            default: break
            }
            // Lazy (`*?`) and possessive (`*+`) forms and stacked quantifiers are left to NSRegularExpression.
            if let next = peek(), [UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "{")].contains(next) { return nil }
            return .repeated(atom, min: bounds.min, max: bounds.max)
        }

        private mutating func number() -> Int? {
            let start = position
            while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), position - start < 4 { position += 1 }
            guard position > start, let byte = peek(), !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            return Int(String(decoding: bytes[start..<position], as: UTF8.self))
        }
    }

    /// A Glushkov automaton: each byte-set atom of the pattern (counted repetitions written out) is a
    /// position, a bit of a `UInt64`; the active positions after each byte are found by bit operations.
    private struct Automaton {
        private var follow: [UInt64] = []
        /// By byte below 128: the positions whose set holds it.
        private var positionsOfByte = [UInt64](repeating: 0, count: 128)
        private var first: UInt64 = 0
        private var last: UInt64 = 0
        private var nullable = false
        private var anchoredAtStart = false
        private var anchoredAtEnd = false
        /// Nodes added so far: repeats of parts without positions (`((a{0}){999}){999}`) add no
        /// positions, so this bounds the work instead.
        private var nodesAdded = 0
        private static let maxNodesAdded = 10_000
        /// The same automaton with its sets of active positions numbered (nil when there are too many).
        private var table: TransitionTable?

        /// One state per set of active positions reached from the start: the next state of each
        /// byte looked up, not computed. State 0 is the start, `stopped` the empty set after it.
        private struct TransitionTable {
            static let maxStates = 128
            /// `next[state * 128 + byte]` for an ASCII byte; any other byte leads to `stopped`.
            private var next: [Int32] = []
            /// By state: a match ends here (the `$` test aside).
            private var accepts: [Bool] = []
            private var stopped = 0

            init?(_ automaton: Automaton) {
                var stateOfSet: [UInt64: Int] = [:]
                var sets: [UInt64] = [0]   // of state 0, the start
                var state = 0
                func number(_ set: UInt64) -> Int {
                    if let known = stateOfSet[set] { return known }
                    sets.append(set)
                    stateOfSet[set] = sets.count - 1
                    return sets.count - 1
                }
                stopped = number(0)
                while state < sets.count {
                    guard sets.count <= Self.maxStates else { return nil }
                    let mayStart = !automaton.anchoredAtStart || state == 0
                    accepts.append(sets[state] & automaton.last != 0 || (mayStart && automaton.nullable))
                    var reachable: UInt64 = mayStart ? automaton.first : 0
                    var bits = sets[state]
                    while bits != 0 {
                        reachable |= automaton.follow[bits.trailingZeroBitCount]
                        bits &= bits - 1
                    }
                    for byte in 0..<128 { next.append(Int32(number(reachable & automaton.positionsOfByte[byte]))) }
                    state += 1
                }
                guard sets.count <= Self.maxStates else { return nil }
            }

            /// As `Automaton.matches`, a state per byte.
            func matches(_ bytes: UnsafeBufferPointer<UInt8>, anchoredAtStart: Bool, anchoredAtEnd: Bool) -> Bool {
                var state = 0
                for index in 0...bytes.count {
                    if accepts[state] && (!anchoredAtEnd || Automaton.isEnd(bytes, index)) { return true }
                    guard index < bytes.count else { break }
                    let byte = bytes[index]
                    state = byte < 128 ? Int(next[state &* 128 &+ Int(byte)]) : stopped
                    if state == stopped && anchoredAtStart { return false }
                }
                return false
            }
        }

        /// Nil when the pattern has an anchor other than a leading `^` and a trailing `$`, more than 64
        /// positions, or would take more than `maxNodesAdded` steps to build.
        init?(_ node: Node) {
            var body = node
            if case .sequence(var items) = node {
                if case .start? = items.first {
                    anchoredAtStart = true
                    items.removeFirst()
                }
                if case .end? = items.last {
                    anchoredAtEnd = true
                    items.removeLast()
                }
                body = .sequence(items)
            }
            guard let summary = add(body) else { return nil }
            (first, last, nullable) = (summary.first, summary.last, summary.nullable)
            table = TransitionTable(self)
        }

        private struct Summary {
            var first: UInt64 = 0
            var last: UInt64 = 0
            var nullable = true
        }

        /// Adds the positions of `node` and the follow links inside it.
        private mutating func add(_ node: Node) -> Summary? {
            nodesAdded += 1
            guard nodesAdded <= Self.maxNodesAdded else { return nil }
            switch node {
            case .start, .end:
                return nil
            case .byte(let low, let high):
                guard follow.count < 64 else { return nil }
                let bit: UInt64 = 1 << UInt64(follow.count)
                follow.append(0)
                for byte in 0..<128 where (byte < 64 ? low >> UInt64(byte) : high >> UInt64(byte - 64)) & 1 != 0 {
                    positionsOfByte[byte] |= bit
                }
                return Summary(first: bit, last: bit, nullable: false)
            case .sequence(let items):
                var whole = Summary()
                for item in items {
                    guard let part = add(item) else { return nil }
                    link(whole.last, to: part.first)
                    whole = Summary(first: whole.nullable ? whole.first | part.first : whole.first,
                                    last: part.nullable ? whole.last | part.last : part.last,
                                    nullable: whole.nullable && part.nullable)
                }
                return whole
            case .alternatives(let options):
                var whole = Summary(nullable: false)
                for option in options {
                    guard let part = add(option) else { return nil }
                    whole = Summary(first: whole.first | part.first, last: whole.last | part.last, nullable: whole.nullable || part.nullable)
                }
                return whole
            case .repeated(let inner, let min, let max):
                // x{2,4} = x x x? x?; x{2,} = x x x*; each copy has positions of its own.
                if max == 0 { return Summary() }
                var copies: [Node] = Array(repeating: inner, count: min)
                if let max {
                    copies += Array(repeating: .repeated(inner, min: 0, max: 1), count: max - min)
                    guard min > 0 || max > 1 else { return add(inner).map { Summary(first: $0.first, last: $0.last, nullable: true) } }
                } else {
                    guard min > 0 else {
                        guard let part = add(inner) else { return nil }
                        link(part.last, to: part.first)
                        return Summary(first: part.first, last: part.last, nullable: true)
                    }
                    copies.append(.repeated(inner, min: 0, max: nil))
                }
                return add(.sequence(copies))
            }
        }

        private mutating func link(_ from: UInt64, to next: UInt64) {
            var bits = from
            while bits != 0 {
                follow[bits.trailingZeroBitCount] |= next
                bits &= bits - 1
            }
        }

        /// Whether a match starts and ends somewhere in `bytes` (`$`: at the end, or before one line
        /// terminator that ends the text, as ICU has it).
        func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            if let table { return table.matches(bytes, anchoredAtStart: anchoredAtStart, anchoredAtEnd: anchoredAtEnd) }
            var active: UInt64 = 0
            for index in 0...bytes.count {
                let mayStart = !anchoredAtStart || index == 0
                if (active & last != 0 || (mayStart && nullable)) && (!anchoredAtEnd || Self.isEnd(bytes, index)) { return true }
                guard index < bytes.count else { break }
                var next: UInt64 = mayStart ? first : 0
                var bits = active
                while bits != 0 {
                    next |= follow[bits.trailingZeroBitCount]
                    bits &= bits - 1
                }
                let byte = bytes[index]
                active = byte < 128 ? next & positionsOfByte[Int(byte)] : 0
                if active == 0 && anchoredAtStart { return false }
            }
            return false
        }

        func matches(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer(matches) }

        static func isEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
            guard bytes.count - index <= 3 else { return false }   // no line terminator is longer
            let rest = bytes[index...]
            return rest.isEmpty || lineTerminators.contains { rest.elementsEqual($0) }
        }

        private static let lineTerminators: [[UInt8]] = [[0x0A], [0x0B], [0x0C], [0x0D], [0x0D, 0x0A], [0xC2, 0x85],
                                                         [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9]]
    }
}
