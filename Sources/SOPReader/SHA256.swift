/// SHA-256 (FIPS 180-4) of the input bytes, for `source.sha256`. Foundation on Linux has no CryptoKit.
public enum SHA256 {
    public static func hexDigest<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        if let digest = bytes.withContiguousStorageIfAvailable({ hexDigest(buffer: $0) }) { return digest }
        return Array(bytes).withUnsafeBufferPointer { hexDigest(buffer: $0) }
    }

    /// Hashes whole 64-byte blocks straight from the input; only the padded tail is copied.
    private static func hexDigest(buffer: UnsafeBufferPointer<UInt8>) -> String {
        var state = State()
        let wholeBlocks = buffer.count / 64
        var w = [UInt32](repeating: 0, count: 64)
        w.withUnsafeMutableBufferPointer { w in
            if let base = buffer.baseAddress {
                for block in 0..<wholeBlocks { state.compress(base + block * 64, schedule: w) }
            }
            var tail = [UInt8](buffer[(wholeBlocks * 64)...])
            let bitLength = UInt64(buffer.count) &* 8
            tail.append(0x80)
            while tail.count % 64 != 56 { tail.append(0) }
            for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
            tail.withUnsafeBufferPointer { tail in
                guard let base = tail.baseAddress else { return }
                for block in 0..<(tail.count / 64) { state.compress(base + block * 64, schedule: w) }
            }
        }
        return state.hex
    }

    private struct State {
        var h0: UInt32 = 0x6a09e667, h1: UInt32 = 0xbb67ae85, h2: UInt32 = 0x3c6ef372, h3: UInt32 = 0xa54ff53a
        var h4: UInt32 = 0x510e527f, h5: UInt32 = 0x9b05688c, h6: UInt32 = 0x1f83d9ab, h7: UInt32 = 0x5be0cd19

        /// One 64-byte block at `block`; `w` is 64 words of scratch space.
        mutating func compress(_ block: UnsafePointer<UInt8>, schedule w: UnsafeMutableBufferPointer<UInt32>) {
            for i in 0..<16 {
                let b = i * 4
                w[i] = UInt32(block[b]) << 24 | UInt32(block[b + 1]) << 16 | UInt32(block[b + 2]) << 8 | UInt32(block[b + 3])
            }
            for i in 16..<64 {
                let w15 = w[i - 15], w2 = w[i - 2]
                let s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >> 3)
                let s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >> 10)
                w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, h) = (h0, h1, h2, h3, h4, h5, h6, h7)
            SHA256.roundConstants.withUnsafeBufferPointer { k in
                // Eight rounds per pass, the variables' roles rotating, so that no value is moved between rounds.
                for i in stride(from: 0, to: 64, by: 8) {
                    Self.round(a, b, c, &d, e, f, g, &h, k[i] &+ w[i])
                    Self.round(h, a, b, &c, d, e, f, &g, k[i + 1] &+ w[i + 1])
                    Self.round(g, h, a, &b, c, d, e, &f, k[i + 2] &+ w[i + 2])
                    Self.round(f, g, h, &a, b, c, d, &e, k[i + 3] &+ w[i + 3])
                    Self.round(e, f, g, &h, a, b, c, &d, k[i + 4] &+ w[i + 4])
                    Self.round(d, e, f, &g, h, a, b, &c, k[i + 5] &+ w[i + 5])
                    Self.round(c, d, e, &f, g, h, a, &b, k[i + 6] &+ w[i + 6])
                    Self.round(b, c, d, &e, f, g, h, &a, k[i + 7] &+ w[i + 7])
                }
            }
            h0 = h0 &+ a; h1 = h1 &+ b; h2 = h2 &+ c; h3 = h3 &+ d
            h4 = h4 &+ e; h5 = h5 &+ f; h6 = h6 &+ g; h7 = h7 &+ h
        }

        /// One round: `d` and `h` take their new values; the caller renames the eight variables.
        @inline(__always)
        private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                                  _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
            let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ kw
            let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
            d = d &+ t1
            h = t1 &+ t2
        }

        var hex: String {
            let digits = Array("0123456789abcdef".utf8)
            var out: [UInt8] = []
            out.reserveCapacity(64)
            for word in [h0, h1, h2, h3, h4, h5, h6, h7] {
                for shift in stride(from: 28, through: 0, by: -4) { out.append(digits[Int((word >> UInt32(shift)) & 0xF)]) }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Masking shifts: with `>>`/`<<` a variable shift count would be checked for overshifting.
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }

    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]
}
