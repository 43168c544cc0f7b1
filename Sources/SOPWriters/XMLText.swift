import SOPModel

/// Escapes text for XML/HTML character data and attribute values, dropping characters XML forbids.
enum XMLText {
    /// Appends `text` escaped as UTF-8. Text without markup characters, C0 controls and U+FFFE/U+FFFF (whose
    /// UTF-8 starts with 0xEF) is copied whole; otherwise scalar by scalar.
    static func append(_ text: String, to out: inout ByteBuffer) {
        if !needsCare.containsAny(of: text) {
            out.append(contentsOf: text)
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append("&amp;")
            case "<": out.append("&lt;")
            case ">": out.append("&gt;")
            case "\"": out.append("&quot;")
            case "'": out.append("&#39;")
            case "\t", "\n", "\r": out.append(UInt8(scalar.value))
            default:
                // XML 1.0 allows no other C0 controls, no surrogates (already excluded), no U+FFFE/U+FFFF.
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.append(contentsOf: String(scalar))
            }
        }
    }

    /// `append` for text given as UTF-8.
    static func append(utf8 text: Slice<UnsafeBufferPointer<UInt8>>, to out: inout ByteBuffer) {
        if !needsCare.containsAny(of: text) {
            out.append(text)
        } else {
            append(String(decoding: text, as: UTF8.self), to: &out)
        }
    }

    /// Whether `append` copies `text` as it is.
    static func isPlain(_ text: String) -> Bool { !needsCare.containsAny(of: text) }

    /// The UTF-8 bytes that may need escaping or dropping.
    static let needsCare = ByteSet { byte in
        byte < 0x20 || byte == 0xEF || "&<>\"'".utf8.contains(byte)
    }
}
