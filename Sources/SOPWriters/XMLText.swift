/// Escapes text for XML/HTML character data and attribute values, dropping characters XML forbids.
enum XMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        append(text, to: &out)
        return out
    }

    /// Appends `escape(text)`. Text without markup characters, C0 controls and U+FFFE/U+FFFF (whose
    /// UTF-8 starts with 0xEF) is copied whole; otherwise scalar by scalar.
    static func append(_ text: String, to out: inout String) {
        if !text.utf8.contains(where: { needsCare[Int($0)] }) {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                // XML 1.0 allows no other C0 controls, no surrogates (already excluded), no U+FFFE/U+FFFF.
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
    }

    /// The UTF-8 bytes that may need escaping or dropping.
    private static let needsCare: [Bool] = (0...255).map { byte in
        byte < 0x20 || byte == 0xEF || "&<>\"'".utf8.contains(UInt8(byte))
    }
}
