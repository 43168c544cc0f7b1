/// A line as character positions, a tab counting as two spaces: bytes when each byte is one
/// `Character` (ASCII without CR), else `Character`s.
enum PositionedText {
    case bytes([UInt8])
    case characters([Character])

    init(_ text: String) {
        if ASCIIText.isOneBytePerCharacter(text) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                if byte == UInt8(ascii: "\t") { bytes.append(0x20); bytes.append(0x20) } else { bytes.append(byte) }
            }
            self = .bytes(bytes)
        } else {
            var expanded = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if scalar == "\t" { expanded.append(" "); expanded.append(" ") } else { expanded.append(scalar) }
            }
            self = .characters(Array(String(expanded)))
        }
    }

    var count: Int {
        switch self {
        case .bytes(let bytes): return bytes.count
        case .characters(let chars): return chars.count
        }
    }

    /// Calls `body` with each position that holds no space.
    func forEachOccupied(_ body: (Int) -> Void) {
        switch self {
        case .bytes(let bytes): for (i, byte) in bytes.enumerated() where byte != 0x20 { body(i) }
        case .characters(let chars): for (i, ch) in chars.enumerated() where ch != " " { body(i) }
        }
    }

    /// The position holds a space.
    func isSpace(_ position: Int) -> Bool {
        switch self {
        case .bytes(let bytes): return bytes[position] == 0x20
        case .characters(let chars): return chars[position] == " "
        }
    }

    /// The text at `range` (which must lie within `count`).
    func text(_ range: Range<Int>) -> String {
        switch self {
        case .bytes(let bytes): return String(decoding: bytes[range], as: UTF8.self)
        case .characters(let chars): return String(chars[range])
        }
    }
}
