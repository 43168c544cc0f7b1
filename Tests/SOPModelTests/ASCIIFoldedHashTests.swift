import SOPModel
import Testing

/// `ASCIIFoldedHash` is what the open-addressing word tables of the reader and the lint rules hash by.
struct ASCIIFoldedHashTests {
    private func hash(_ text: String) -> Int {
        Array(text.utf8).withUnsafeBufferPointer { ASCIIFoldedHash.of($0[...]) }
    }

    @Test func asciiCapitalsHashAsTheirLowercase() {
        #expect(hash("Laporan KINERJA") == hash("laporan kinerja"))
        #expect(hash("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == hash("abcdefghijklmnopqrstuvwxyz"))
        // Only A–Z are folded: "@" and "[" border them, and non-ASCII bytes stay as they are.
        #expect(hash("@[") != hash("`{"))
        #expect(hash("É") != hash("é"))
    }

    @Test func lengthAndEveryByteCount() {
        #expect(hash("a") != hash("a\u{0}"))
        #expect(hash("") != hash("\u{0}"))
        #expect(hash("kata1234") != hash("kata12345"))   // a chunk of eight, then one more byte
        #expect(hash("kata12345678") != hash("kata12345679"))
    }

    /// Words an unseeded FNV-1a (the tables' hash before) sends to the same slots of a 2^17 table: here
    /// FNV puts all 500 into the first 256 slots; here they spread as any words do.
    @Test func wordsThatCollideUnderFNVSpread() {
        var words: [String] = []
        var n: UInt64 = 0
        while words.count < 500 {
            var x = n
            let bytes = (0..<7).map { _ -> UInt8 in
                defer { x /= 26 }
                return UInt8(ascii: "a") + UInt8(x % 26)
            }
            var fnv: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { fnv = (fnv ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            if (fnv ^ (fnv >> 29)) & 0x1FFFF < 256 { words.append(String(decoding: bytes, as: UTF8.self)) }
            n += 1
        }
        var perSlot: [Int: Int] = [:]
        for word in words { perSlot[hash(word) & 0x1FFFF, default: 0] += 1 }
        #expect(perSlot.values.max() ?? 0 <= 4)
        #expect(perSlot.keys.filter { $0 < 256 }.count < 16)
    }
}
