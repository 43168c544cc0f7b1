/// Tests on the eight bytes of a little-endian `UInt64` at once (the classic zero-byte tricks), for
/// scans that skip over plain text a word at a time.
enum WordBytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080
    private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// True when some byte is zero (exact: a borrow only runs past a zero byte).
    @inline(__always)
    static func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }

    /// The high bit of each byte that equals `byte`, no other bit (exact per byte).
    @inline(__always)
    static func highBits(where word: UInt64, equals byte: UInt8) -> UInt64 {
        let v = word ^ (ones &* UInt64(byte))
        return ~(((v & lows) &+ lows) | v | lows)
    }

    /// True when some byte is not printable ASCII or a space: a control byte (below 0x20), a non-ASCII
    /// byte, or one of the markup bytes `<`, `*`, `_`.
    @inline(__always)
    static func holdsOtherThanPlainASCIIAndSpaces(_ word: UInt64) -> Bool {
        if word & highs != 0 { return true }
        // With every byte below 0x80, subtracting 0x20 from each borrows only below a byte under 0x20.
        if (word &- ones &* 0x20) & ~word & highs != 0 { return true }
        return hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "<"))))
            || hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "*"))))
            || hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "_"))))
    }

    /// Each byte A–Z mapped to a–z, every other byte (non-ASCII ones too) kept.
    @inline(__always)
    static func lowercased(_ word: UInt64) -> UInt64 {
        let low = word & lows
        // Per byte, with its high bit clear: adding 0x80 - 0x41 sets the high bit from "A" up, adding
        // 0x80 - 0x5B from past "Z" up; no sum carries into the next byte.
        let fromA = low &+ (ones &* 0x3F)
        let pastZ = low &+ (ones &* 0x25)
        let upper = fromA & ~pastZ & ~word & highs
        return word | (upper &>> 2)
    }

    /// Copies `count` bytes from `source` to `target` with A–Z lower-cased, eight bytes at a time.
    static func copyLowercased(_ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int) {
        var index = 0
        while index + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self))
            UnsafeMutableRawPointer(target + index).storeBytes(of: lowercased(word).littleEndian, as: UInt64.self)
            index += 8
        }
        while index < count {
            target[index] = ASCIIText.lowercased(source[index])
            index += 1
        }
    }

    /// True when the two byte ranges hold the same bytes: lengths first, then eight bytes at a time.
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let left = a.baseAddress, let right = b.baseAddress else { return true }
        var index = 0
        while index + 8 <= a.count {
            if UnsafeRawPointer(left + index).loadUnaligned(as: UInt64.self)
                != UnsafeRawPointer(right + index).loadUnaligned(as: UInt64.self) { return false }
            index += 8
        }
        while index < a.count {
            if left[index] != right[index] { return false }
            index += 1
        }
        return true
    }

    /// `equal` of an array's bytes and a byte range.
    static func equal(_ bytes: [UInt8], _ range: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count == range.count && bytes.withUnsafeBufferPointer { equal($0, range) }
    }
}
