/// The keys of every JSON object in a text, each object's keys in the order they are written.
/// A small scanner for tests: it tracks strings and nesting only and assumes well-formed JSON.
enum JSONKeyOrder {
    static func objectKeyLists(in json: String) -> [[String]] {
        var finished: [[String]] = []
        // One entry per open container: the keys seen so far, or nil for an array.
        var open: [[String]?] = []
        var expectingKey = false
        var characters = json.makeIterator()
        while let character = characters.next() {
            switch character {
            case "{":
                open.append([])
                expectingKey = true
            case "[":
                open.append(nil)
                expectingKey = false
            case "}", "]":
                if let keys = open.popLast(), let keys {
                    finished.append(keys)
                }
                expectingKey = false
            case ",":
                expectingKey = open.last.map { $0 != nil } ?? false
            case "\"":
                let string = readString(&characters)
                if expectingKey, let last = open.indices.last, open[last] != nil {
                    open[last]?.append(string)
                    expectingKey = false
                }
            default:
                continue
            }
        }
        return finished
    }

    /// Reads up to the closing quote, keeping escaped characters as written after their backslash.
    private static func readString(_ characters: inout String.Iterator) -> String {
        var string = ""
        while let character = characters.next() {
            if character == "\"" { break }
            if character == "\\" {
                if let escaped = characters.next() { string.append(escaped) }
                continue
            }
            string.append(character)
        }
        return string
    }
}
