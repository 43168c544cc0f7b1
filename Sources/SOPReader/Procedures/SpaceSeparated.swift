/// A text split at its space Characters, as `text.split(separator: " ")` splits it, without reading
/// it Character by Character.
enum SpaceSeparated {
    /// The words between the text's space Characters (no empty ones).
    static func words(_ text: String) -> [String] {
        var text = text
        return text.withUTF8(words)
    }

    /// `text.split(separator: " ")` of valid UTF-8 cut on its bytes: a space byte is the `Character` " "
    /// unless a neighbouring scalar joins it (a combining mark after it, a prepended mark before it),
    /// which only a non-ASCII neighbour can; those few seams are asked of the `Character`s around them.
    private static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var words: [String] = []
        words.reserveCapacity(bytes.count / 4)
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: " ") && standsAlone(spaceAt: index, in: bytes) {
            if index > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
            start = index + 1
        }
        if bytes.count > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
        return words
    }

    /// True when the space at `index` is a `Character` of its own. Grapheme rules join a space only with
    /// the scalar right before or after it, so the three scalars around it decide.
    private static func standsAlone(spaceAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let before = index > 0 ? bytes[index - 1] : 0, after = index + 1 < bytes.count ? bytes[index + 1] : 0
        guard before >= 0x80 || after >= 0x80 else { return true }
        var lower = index
        if index > 0 {
            lower = index - 1
            while lower > 0, bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
        }
        var upper = index + 1
        if upper < bytes.count {
            upper += 1
            while upper < bytes.count, bytes[upper] & 0xC0 == 0x80 { upper += 1 }
        }
        let local = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        return local.count == local.unicodeScalars.count
    }
}
