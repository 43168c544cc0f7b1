@testable import SOPCheck
import Testing

/// The eight-bytes-at-a-time test of `skipPlainString` must find the first byte that ends a plain string.
@Suite struct PlainTextWordTests {
    /// The place of the first byte (lowest first) that ends a plain string; nil when none does.
    private func reference(_ word: UInt64) -> Int? {
        (0..<8).first { shift in
            let byte = UInt8(truncatingIfNeeded: word >> (8 * UInt64(shift)))
            return byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80
        }
    }

    private func firstStop(_ word: UInt64) -> Int? {
        let stops = JSONParser.plainTextStops(word)
        return stops == 0 ? nil : stops.trailingZeroBitCount / 8
    }

    @Test func everyByteAtEveryPlace() {
        for place in 0..<8 {
            for byte in 0...255 {
                let word = (0x6161_6161_6161_6161 as UInt64) & ~(0xFF << (8 * UInt64(place))) | UInt64(byte) << (8 * UInt64(place))
                #expect(firstStop(word) == reference(word), "\(byte) at \(place)")
            }
        }
    }

    @Test func randomWordsStopAtTheirFirstStop() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<100_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let word = state ^ (state >> 29)
            #expect(firstStop(word) == reference(word), "\(word)")
            let asciiWord = word & 0x7F7F_7F7F_7F7F_7F7F
            #expect(firstStop(asciiWord) == reference(asciiWord), "\(asciiWord)")
        }
    }

    /// Two bytes near the borders of each test at every two places: a byte above a stop must not hide it.
    @Test func pairsOfBorderBytes() {
        let bytes: [UInt64] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF, 0x61]
        for first in 0..<8 {
            for second in 0..<8 where second != first {
                for a in bytes {
                    for b in bytes {
                        var word: UInt64 = 0x6161_6161_6161_6161
                        word = word & ~(0xFF << (8 * UInt64(first))) | a << (8 * UInt64(first))
                        word = word & ~(0xFF << (8 * UInt64(second))) | b << (8 * UInt64(second))
                        #expect(firstStop(word) == reference(word), "\(word)")
                    }
                }
            }
        }
    }

    @Test func plainStringsOfEveryLength() {
        for length in 0..<40 {
            for stop in ["\"", "\\\"", "é\"", "\u{1}\""] {
                let text = "\"" + String(repeating: "a", count: length) + stop + "       "
                var parser = JSONParser(bytes: Array(text.utf8))
                let range = parser.skipPlainString()
                #expect(range == (stop == "\"" ? 1..<(1 + length) : nil), "\(length) \(stop.debugDescription)")
            }
        }
    }
}
