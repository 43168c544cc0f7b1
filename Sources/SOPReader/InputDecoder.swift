import Foundation
import SOPModel

/// Why an input cannot be read as text at all.
public enum InputError: Error, Equatable, CustomStringConvertible {
    case empty
    case binary
    case notAnSOP

    public var description: String {
        switch self {
        case .empty: "the file is empty"
        case .binary: "the file is binary (it contains NUL bytes), not text"
        case .notAnSOP: "not an SOP document: no identity fields and no procedure table found"
        }
    }
}

/// Bytes → text: UTF-8 (BOM dropped), UTF-16 with a BOM, else Windows-1252 with a note.
public enum InputDecoder {
    public static func decode(_ data: Data) throws(InputError) -> (text: String, diagnostics: [Diagnostic]) {
        // Read in place: a copy of the bytes would double the memory a huge input needs.
        let decoded = data.withUnsafeBytes { raw in
            Result { () throws(InputError) in try decode(bytes: raw.bindMemory(to: UInt8.self)) }
        }
        return try decoded.get()
    }

    private static func decode(bytes: UnsafeBufferPointer<UInt8>) throws(InputError) -> (text: String, diagnostics: [Diagnostic]) {
        guard !bytes.isEmpty else { throw .empty }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            if let text = String(bytes: bytes.dropFirst(2), encoding: encoding) {
                return (text, [Diagnostic(.note, "decoded-utf16", "input is UTF-16 (byte-order mark); decoded")])
            }
        }
        guard let base = bytes.baseAddress, memchr(base, 0, bytes.count) == nil else { throw .binary }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) {
            if text.allSatisfy(\.isWhitespace) { throw .empty }
            return (text, [])
        }
        let text = String(body.map { windows1252(byte: $0) })
        return (text, [Diagnostic(.warning, "decoded-windows-1252",
                                  "input is not valid UTF-8; read as Windows-1252")])
    }

    private static let high: [Character] = Array("€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ")

    private static func windows1252(byte: UInt8) -> Character {
        if byte >= 0x80 && byte < 0xA0 { return high[Int(byte - 0x80)] }
        return Character(UnicodeScalar(byte))
    }
}
