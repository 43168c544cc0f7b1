import SOPModel

/// Text made safe inside a Markdown paragraph, list item or table cell, written straight into the
/// output: one line (line feeds, carriage returns and tabs become spaces, "\r\n" one space) and the
/// markup characters `` \ ` * _ [ ] < > # | `` escaped with a backslash.
///
/// The escaping is defined on Characters: a markup character that a combining mark follows is part
/// of a larger Character and stays as it is, and U+1FEF is canonically equal to "`". Text with no
/// markup byte is copied whole; ASCII text (where every byte is a Character, but "\r\n") is escaped
/// byte by byte; only text with both markup and non-ASCII bytes is walked Character by Character.
enum MarkdownInline {
    /// Appends `text` made safe.
    static func append(_ text: String, to out: inout ByteBuffer) {
        // Native and small strings lend their UTF-8 without the copy of the String `withUTF8` needs.
        if text.utf8.withContiguousStorageIfAvailable({ append(utf8: $0, to: &out) }) == nil {
            var text = text
            text.withUTF8 { append(utf8: $0, to: &out) }
        }
    }

    /// Appends the text `utf8` (valid UTF-8) made safe.
    static func append(utf8: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer) {
        let first = markupTable.withUnsafeBufferPointer { table in
            var index = 0
            while index < utf8.count && !table[Int(utf8[index])] { index += 1 }
            return index
        }
        if first == utf8.count {
            out.append(utf8)
        } else if utf8.contains(where: { $0 >= 0x80 }) {
            appendByCharacter(String(decoding: utf8, as: UTF8.self), to: &out)
        } else {
            out.append(UnsafeBufferPointer(rebasing: utf8[..<first]))
            appendASCII(UnsafeBufferPointer(rebasing: utf8[first...]), to: &out)
        }
    }

    /// ASCII text: runs without markup copied whole, each markup byte escaped or replaced.
    private static func appendASCII(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer) {
        var runStart = 0
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            guard isMarkup(byte) else {
                index += 1
                continue
            }
            out.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            switch byte {
            case UInt8(ascii: "\r"):
                out.append(UInt8(ascii: " "))
                // "\r\n" is one Character: one space.
                if index + 1 < utf8.count && utf8[index + 1] == UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "\n"), UInt8(ascii: "\t"):
                out.append(UInt8(ascii: " "))
            default:
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            }
            index += 1
            runStart = index
        }
        out.append(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }

    /// The general form, Character by Character.
    private static func appendByCharacter(_ text: String, to out: inout ByteBuffer) {
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|":
                out.append(UInt8(ascii: "\\"))
                out.append(contentsOf: String(character))
            case "\n", "\r", "\r\n", "\t": out.append(UInt8(ascii: " "))
            default: out.append(contentsOf: String(character))
            }
        }
    }

    /// `isMarkup` of each byte value, looked up by the scan for the first markup byte.
    private static let markupTable: [Bool] = (0...255).map { isMarkup(UInt8($0)) }

    /// Whether `byte` is a markup byte or a line break or tab: `` \ ` * _ [ ] < > # | `` `\n` `\r` `\t`.
    @inline(__always)
    static func isMarkup(_ byte: UInt8) -> Bool {
        byte < 64 ? (lowMarkup >> UInt64(byte)) & 1 != 0 : byte < 128 && (highMarkup >> UInt64(byte - 64)) & 1 != 0
    }

    /// Bit `b` set for each markup byte `b` below 64: tab, line feed, carriage return, `#`, `*`, `<`, `>`.
    private static var lowMarkup: UInt64 { 0x5000_0408_0000_2600 }
    /// Bit `b - 64` set for each markup byte `b` from 64 to 127: `[`, `\`, `]`, `_`, `` ` ``, `|`.
    private static var highMarkup: UInt64 { 0x1000_0001_b800_0000 }
}
