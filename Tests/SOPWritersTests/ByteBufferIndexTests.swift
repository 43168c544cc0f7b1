import SOPModel
@testable import SOPWriters
import Testing

/// `appendIndex` writes the digits `append(decimal:)` writes, on both sides of its shortcuts.
@Suite struct ByteBufferIndexTests {
    @Test func sameDigitsAsDecimal() {
        for value in Array(-12...1_005) + [Int.min, Int.min + 1, Int.max, 99_999, 100_000] {
            var index = ByteBuffer()
            var decimal = ByteBuffer()
            index.appendIndex(value)
            decimal.append(decimal: value)
            let written = index.finish()
            let expected = decimal.finish()
            #expect(written == expected, "\(value)")
        }
    }
}
