/// SHA-256 (FIPS 180-4) of the input bytes, for `source.sha256`. Foundation on Linux has no CryptoKit.
public enum SHA256 {
    public static func hexDigest<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        if let digest = bytes.withContiguousStorageIfAvailable({ hexDigest(buffer: $0) }) { return digest }
        return Array(bytes).withUnsafeBufferPointer { hexDigest(buffer: $0) }
    }

    /// Hashes whole 64-byte blocks straight from the input; only the padded tail (one or two blocks)
    /// is copied, into a buffer on the stack.
    private static func hexDigest(buffer: UnsafeBufferPointer<UInt8>) -> String {
        var state = State()
        let wholeBlocks = buffer.count / 64
        roundConstants.withUnsafeBufferPointer { k in
            guard let k = k.baseAddress else { return }
            if let base = buffer.baseAddress {
                for block in 0..<wholeBlocks { state.compress(UnsafeRawPointer(base + block * 64), k) }
            }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
                guard let tailBase = tail.baseAddress else { return }
                tail.initialize(repeating: 0)
                let rest = UnsafeBufferPointer(rebasing: buffer[(wholeBlocks * 64)...])
                _ = tail.initialize(from: rest)
                tail[rest.count] = 0x80
                let tailBlocks = rest.count < 56 ? 1 : 2
                let bitLength = UInt64(buffer.count) &* 8
                for index in 0..<8 {
                    tail[tailBlocks * 64 - 1 - index] = UInt8(truncatingIfNeeded: bitLength &>> UInt64(index * 8))
                }
                for block in 0..<tailBlocks { state.compress(UnsafeRawPointer(tailBase + block * 64), k) }
            }
        }
        return state.hex
    }

    private struct State {
        var h0: UInt32 = 0x6a09e667, h1: UInt32 = 0xbb67ae85, h2: UInt32 = 0x3c6ef372, h3: UInt32 = 0xa54ff53a
        var h4: UInt32 = 0x510e527f, h5: UInt32 = 0x9b05688c, h6: UInt32 = 0x1f83d9ab, h7: UInt32 = 0x5be0cd19

        /// One 64-byte block at `block`; `k` points to the 64 round constants. The message schedule is
        /// sixteen local words, each overwritten in place by the word sixteen rounds on.
        mutating func compress(_ block: UnsafeRawPointer, _ k: UnsafePointer<UInt32>) {
            func word(_ i: Int) -> UInt32 { UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self)) }
            var w0 = word(0), w1 = word(1), w2 = word(2), w3 = word(3), w4 = word(4), w5 = word(5), w6 = word(6)
            var w7 = word(7), w8 = word(8), w9 = word(9), w10 = word(10), w11 = word(11), w12 = word(12)
            var w13 = word(13), w14 = word(14), w15 = word(15)
            var (a, b, c, d, e, f, g, h) = (h0, h1, h2, h3, h4, h5, h6, h7)
            var bc = b ^ c  // the next round's b ^ c (Maj reuses the previous round's a ^ b)
            // Sixteen rounds per pass, the variables' roles rotating, so that no value is moved between rounds.
            for pass in 0..<4 {
                if pass > 0 {
                    // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], in the slot of W[t-16].
                    Self.next(&w0, w1, w9, w14); Self.next(&w1, w2, w10, w15); Self.next(&w2, w3, w11, w0)
                    Self.next(&w3, w4, w12, w1); Self.next(&w4, w5, w13, w2); Self.next(&w5, w6, w14, w3)
                    Self.next(&w6, w7, w15, w4); Self.next(&w7, w8, w0, w5); Self.next(&w8, w9, w1, w6)
                    Self.next(&w9, w10, w2, w7); Self.next(&w10, w11, w3, w8); Self.next(&w11, w12, w4, w9)
                    Self.next(&w12, w13, w5, w10); Self.next(&w13, w14, w6, w11); Self.next(&w14, w15, w7, w12)
                    Self.next(&w15, w0, w8, w13)
                }
                let k = k + pass &* 16
                Self.round(a, b, c, &d, e, f, g, &h, k[0] &+ w0, &bc)
                Self.round(h, a, b, &c, d, e, f, &g, k[1] &+ w1, &bc)
                Self.round(g, h, a, &b, c, d, e, &f, k[2] &+ w2, &bc)
                Self.round(f, g, h, &a, b, c, d, &e, k[3] &+ w3, &bc)
                Self.round(e, f, g, &h, a, b, c, &d, k[4] &+ w4, &bc)
                Self.round(d, e, f, &g, h, a, b, &c, k[5] &+ w5, &bc)
                Self.round(c, d, e, &f, g, h, a, &b, k[6] &+ w6, &bc)
                Self.round(b, c, d, &e, f, g, h, &a, k[7] &+ w7, &bc)
                Self.round(a, b, c, &d, e, f, g, &h, k[8] &+ w8, &bc)
                Self.round(h, a, b, &c, d, e, f, &g, k[9] &+ w9, &bc)
                Self.round(g, h, a, &b, c, d, e, &f, k[10] &+ w10, &bc)
                Self.round(f, g, h, &a, b, c, d, &e, k[11] &+ w11, &bc)
                Self.round(e, f, g, &h, a, b, c, &d, k[12] &+ w12, &bc)
                Self.round(d, e, f, &g, h, a, b, &c, k[13] &+ w13, &bc)
                Self.round(c, d, e, &f, g, h, a, &b, k[14] &+ w14, &bc)
                Self.round(b, c, d, &e, f, g, h, &a, k[15] &+ w15, &bc)
            }
            h0 = h0 &+ a; h1 = h1 &+ b; h2 = h2 &+ c; h3 = h3 &+ d
            h4 = h4 &+ e; h5 = h5 &+ f; h6 = h6 &+ g; h7 = h7 &+ h
        }

        /// One schedule step: `w` (W[t-16]) becomes W[t], from W[t-15], W[t-7] and W[t-2].
        @inline(__always)
        private static func next(_ w: inout UInt32, _ w15: UInt32, _ w7: UInt32, _ w2: UInt32) {
            let s0 = rotr(w15 ^ rotr(w15, 11), 7) ^ (w15 &>> 3)  // rotr 7 ^ rotr 18 ^ shr 3
            let s1 = rotr(w2 ^ rotr(w2, 2), 17) ^ (w2 &>> 10)  // rotr 17 ^ rotr 19 ^ shr 10
            w = w &+ s0 &+ w7 &+ s1
        }

        /// One round: `d` and `h` take their new values and `bc` the next round's b ^ c; the caller renames
        /// the eight variables.
        @inline(__always)
        private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                                  _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32,
                                  _ bc: inout UInt32) {
            // Σ1(e) = rotr 6 ^ rotr 11 ^ rotr 25 and Σ0(a) = rotr 2 ^ rotr 13 ^ rotr 22, nested to fewer operations.
            let t1 = h &+ rotr(e ^ rotr(e ^ rotr(e, 14), 5), 6) &+ (((f ^ g) & e) ^ g) &+ kw
            // Maj(a, b, c) = ((a ^ b) & (b ^ c)) ^ b, and this round's a ^ b is the next round's b ^ c.
            let ab = a ^ b
            let t2 = rotr(a ^ rotr(a ^ rotr(a, 9), 11), 2) &+ ((ab & bc) ^ b)
            bc = ab
            d = d &+ t1
            h = t1 &+ t2
        }

        var hex: String {
            String(unsafeUninitializedCapacity: 64) { out in
                let digits: StaticString = "0123456789abcdef"
                var index = 0
                for word in [h0, h1, h2, h3, h4, h5, h6, h7] {
                    for shift in stride(from: 28, through: 0, by: -4) {
                        out[index] = digits.utf8Start[Int((word &>> UInt32(shift)) & 0xF)]
                        index += 1
                    }
                }
                return index
            }
        }
    }

    /// Masking shifts: with `>>`/`<<` a variable shift count would be checked for overshifting.
    @inline(__always)
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
