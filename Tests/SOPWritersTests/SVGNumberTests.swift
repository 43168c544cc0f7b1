import Foundation
import SOPModel
@testable import SOPWriters
import Testing

/// `SVGCanvas.appendNumber` writes its digits into room reserved once; the text stays `%.1f`'s,
/// without ".0" and never "-0".
@Suite struct SVGNumberTests {
    static func reference(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let text = String(format: "%.1f", value)
        let trimmed = text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        return trimmed == "-0" ? "0" : trimmed
    }

    @Test("numbers of every length, ties, the fast path's edges and huge values, one after another in one buffer")
    func manyValuesInOneBuffer() {
        var values: [Double] = [0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.06, -0.06, 0.95, -0.95, 9.95, 99.95, 999.95, 9999.95, 99_999.95,
                                9_999_999.9, 9_999_999.94, 9_999_999.96, -9_999_999.96, 9_999_999.99, 1e7, -1e7, 1e7 + 0.04,
                                12_345_678.9, 1e15, -1e20, 1e300, -1e300, .greatestFiniteMagnitude, .leastNonzeroMagnitude,
                                -.leastNonzeroMagnitude, .nan, .infinity, -.infinity]
        var generator = SystemRandomNumberGenerator()
        for digits in 0...8 {
            let limit = pow(10.0, Double(digits))
            for _ in 0..<500 {
                values.append(Double.random(in: -limit...limit, using: &generator))
                values.append(Double(Int.random(in: -Int(limit * 20)...Int(limit * 20), using: &generator)) / 20)
            }
        }
        var buffer = ByteBuffer(capacity: 16)
        var expected = ""
        for value in values {
            SVGCanvas.appendNumber(value, to: &buffer)
            buffer.append(UInt8(ascii: " "))
            expected += Self.reference(value) + " "
        }
        let written = String(decoding: buffer.finish(), as: UTF8.self)
        #expect(written == expected)
        if written != expected {
            for (a, b) in zip(written.split(separator: " "), expected.split(separator: " ")) where a != b {
                Issue.record("\(a) instead of \(b)")
                break
            }
        }
    }
}
