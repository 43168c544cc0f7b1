import SOPModel
@testable import SOPWriters
import Testing

/// `MarkdownInline` escapes bytes where that is the same as the Character-by-Character form it
/// replaced (kept here as the reference): combining marks after markup, U+1FEF (canonically "`"),
/// Prepend characters, "\r\n", NBSP and non-ASCII text around markup.
@Suite struct MarkdownInlineTests {
    /// The escaping as MarkdownWriter did it before: text without a markup byte unchanged (so a
    /// lone U+1FEF stays as it is), other text Character by Character.
    static func reference(_ text: String) -> String {
        if !text.utf8.contains(where: { "\\`*_[]<>#|\n\r\t".utf8.contains($0) }) { return text }
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|": out += "\\\(character)"
            case "\n", "\r", "\r\n", "\t": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    static func inline(_ text: String) -> String {
        var out = ByteBuffer()
        MarkdownInline.append(text, to: &out)
        return String(decoding: out.finish(), as: UTF8.self)
    }

    static let awkwardTexts: [String] = [
        "", " ", "kata", "a*b", "*", "**tebal**", "_miring_", "[tautan](x)", "<SK> & lampiran | path C:\\arsip\\n",
        "# judul", "`kode`", "a|b|c", "\r\n", "\r", "\n", "\t", "a\r\nb", "a\rb\nc\r\r\n\n", "\r\n\r\n|",
        "*\u{0301}", "a*\u{0301}b", "_\u{0308}_", "|\u{200D}|", "\u{1FEF}", "a \u{1FEF} *", "\u{1FEF}`",
        "\u{0600}*", "\u{0600}* x", "é*", "*é", "nbsp\u{00A0}|\u{00A0}x", "– Surat | permohonan", "👩‍👩‍👧*🇮🇩",
        "x\u{FE0F}|", "\u{0301}*", "* \u{0301}", "\r\u{0301}", "\n\u{0301}", "\t\u{0301}", "<\u{0338}", "≮ >",
        String(repeating: "panjang|kata ", count: 500), String(repeating: "é_", count: 300),
        String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }),
    ]

    @Test("bytes escaped as the Character form escapes them", arguments: awkwardTexts)
    func matchesCharacterForm(text: String) {
        #expect(Self.inline(text) == Self.reference(text))
    }

    @Test("markup at every position of ASCII and non-ASCII text")
    func markupAtEveryPosition() {
        for markup in ["*", "|", "\\", "\r", "\n", "\r\n", "\t", "`"] {
            for base in ["abcdefghij", "abcdé fghij"] {
                for offset in 0...base.count {
                    var text = base
                    text.insert(contentsOf: markup, at: text.index(text.startIndex, offsetBy: offset))
                    #expect(Self.inline(text) == Self.reference(text), "\(text.debugDescription)")
                }
            }
        }
    }

    @Test("the markup byte test holds exactly the markup bytes")
    func markupBytes() {
        let markup = Set("\\`*_[]<>#|\n\r\t".utf8)
        for byte in UInt8.min...UInt8.max {
            #expect(MarkdownInline.isMarkup(byte) == markup.contains(byte), "\(byte)")
        }
    }
}
