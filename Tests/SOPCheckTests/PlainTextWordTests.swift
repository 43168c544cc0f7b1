@testable import SOPCheck
import Testing

/// The eight-bytes-at-a-time test of `skipPlainString` must never miss a byte that ends a plain string.
@Suite struct PlainTextWordTests {
    private func reference(_ word: UInt64) -> Bool {
        (0..<8).contains { shift in
            let byte = UInt8(truncatingIfNeeded: word >> (8 * UInt64(shift)))
            return byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80
        }
    }

    @Test func everyByteAtEveryPlace() {
        for place in 0..<8 {
            for byte in 0...255 {
                let word = (0x6161_6161_6161_6161 as UInt64) & ~(0xFF << (8 * UInt64(place))) | UInt64(byte) << (8 * UInt64(place))
                #expect(JSONParser.mayEndPlainText(word) == reference(word), "\(byte) at \(place)")
            }
        }
    }

    @Test func randomWordsAreNeverMissed() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<100_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let word = state ^ (state >> 29)
            if reference(word) { #expect(JSONParser.mayEndPlainText(word)) }
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
