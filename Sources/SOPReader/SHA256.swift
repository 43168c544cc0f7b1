/// SHA-256 (FIPS 180-4) of the input bytes, for `source.sha256`. Foundation on Linux has no CryptoKit.
public enum SHA256 {
    public static func hexDigest<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        if let digest = bytes.withContiguousStorageIfAvailable({ hexDigest(buffer: $0) }) { return digest }
        return Array(bytes).withUnsafeBufferPointer { hexDigest(buffer: $0) }
    }

    /// Hashes whole 64-byte blocks straight from the input; only the padded tail (one or two blocks)
    /// is copied, into a buffer on the stack, which also holds the 16-word message schedule.
    private static func hexDigest(buffer: UnsafeBufferPointer<UInt8>) -> String {
        var state = State()
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16 + 32) { scratch in
            guard let w = scratch.baseAddress else { return }
            let wholeBlocks = buffer.count / 64
            if let base = buffer.baseAddress {
                for block in 0..<wholeBlocks { state.compress(UnsafeRawPointer(base + block * 64), w) }
            }
            let tail = UnsafeMutableRawBufferPointer(start: w + 16, count: 128)
            guard let tailBase = tail.baseAddress else { return }
            tail.initializeMemory(as: UInt8.self, repeating: 0)
            let rest = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[(wholeBlocks * 64)...])
            tail.copyMemory(from: rest)
            tail[rest.count] = 0x80
            let tailBlocks = rest.count < 56 ? 1 : 2
            let bitLength = UInt64(buffer.count) &* 8
            tail.storeBytes(of: bitLength.bigEndian, toByteOffset: tailBlocks * 64 - 8, as: UInt64.self)
            for block in 0..<tailBlocks { state.compress(tailBase + block * 64, w) }
        }
        return state.hex
    }

    private struct State {
        var h0: UInt32 = 0x6a09e667, h1: UInt32 = 0xbb67ae85, h2: UInt32 = 0x3c6ef372, h3: UInt32 = 0xa54ff53a
        var h4: UInt32 = 0x510e527f, h5: UInt32 = 0x9b05688c, h6: UInt32 = 0x1f83d9ab, h7: UInt32 = 0x5be0cd19

        /// One 64-byte block at `block`; `w` is room for the message schedule's sixteen most recent words.
        /// The 64 rounds are written out, each with its constant, the eight variables' roles rotating
        /// from one round to the next so that no value is moved between rounds.
        mutating func compress(_ block: UnsafeRawPointer, _ w: UnsafeMutablePointer<UInt32>) {
            for t in 0..<16 { w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: t &* 4, as: UInt32.self)) }
            var (a, b, c, d, e, f, g, h) = (h0, h1, h2, h3, h4, h5, h6, h7)
            var bc = b ^ c  // the next round's b ^ c (Maj reuses the previous round's a ^ b)
            round(a, b, c, &d, e, f, g, &h, 0x428a2f98, w[0], &bc)
            round(h, a, b, &c, d, e, f, &g, 0x71374491, w[1], &bc)
            round(g, h, a, &b, c, d, e, &f, 0xb5c0fbcf, w[2], &bc)
            round(f, g, h, &a, b, c, d, &e, 0xe9b5dba5, w[3], &bc)
            round(e, f, g, &h, a, b, c, &d, 0x3956c25b, w[4], &bc)
            round(d, e, f, &g, h, a, b, &c, 0x59f111f1, w[5], &bc)
            round(c, d, e, &f, g, h, a, &b, 0x923f82a4, w[6], &bc)
            round(b, c, d, &e, f, g, h, &a, 0xab1c5ed5, w[7], &bc)
            round(a, b, c, &d, e, f, g, &h, 0xd807aa98, w[8], &bc)
            round(h, a, b, &c, d, e, f, &g, 0x12835b01, w[9], &bc)
            round(g, h, a, &b, c, d, e, &f, 0x243185be, w[10], &bc)
            round(f, g, h, &a, b, c, d, &e, 0x550c7dc3, w[11], &bc)
            round(e, f, g, &h, a, b, c, &d, 0x72be5d74, w[12], &bc)
            round(d, e, f, &g, h, a, b, &c, 0x80deb1fe, w[13], &bc)
            round(c, d, e, &f, g, h, a, &b, 0x9bdc06a7, w[14], &bc)
            round(b, c, d, &e, f, g, h, &a, 0xc19bf174, w[15], &bc)
            Self.expand(w)
            round(a, b, c, &d, e, f, g, &h, 0xe49b69c1, w[0], &bc)
            round(h, a, b, &c, d, e, f, &g, 0xefbe4786, w[1], &bc)
            round(g, h, a, &b, c, d, e, &f, 0x0fc19dc6, w[2], &bc)
            round(f, g, h, &a, b, c, d, &e, 0x240ca1cc, w[3], &bc)
            round(e, f, g, &h, a, b, c, &d, 0x2de92c6f, w[4], &bc)
            round(d, e, f, &g, h, a, b, &c, 0x4a7484aa, w[5], &bc)
            round(c, d, e, &f, g, h, a, &b, 0x5cb0a9dc, w[6], &bc)
            round(b, c, d, &e, f, g, h, &a, 0x76f988da, w[7], &bc)
            round(a, b, c, &d, e, f, g, &h, 0x983e5152, w[8], &bc)
            round(h, a, b, &c, d, e, f, &g, 0xa831c66d, w[9], &bc)
            round(g, h, a, &b, c, d, e, &f, 0xb00327c8, w[10], &bc)
            round(f, g, h, &a, b, c, d, &e, 0xbf597fc7, w[11], &bc)
            round(e, f, g, &h, a, b, c, &d, 0xc6e00bf3, w[12], &bc)
            round(d, e, f, &g, h, a, b, &c, 0xd5a79147, w[13], &bc)
            round(c, d, e, &f, g, h, a, &b, 0x06ca6351, w[14], &bc)
            round(b, c, d, &e, f, g, h, &a, 0x14292967, w[15], &bc)
            Self.expand(w)
            round(a, b, c, &d, e, f, g, &h, 0x27b70a85, w[0], &bc)
            round(h, a, b, &c, d, e, f, &g, 0x2e1b2138, w[1], &bc)
            round(g, h, a, &b, c, d, e, &f, 0x4d2c6dfc, w[2], &bc)
            round(f, g, h, &a, b, c, d, &e, 0x53380d13, w[3], &bc)
            round(e, f, g, &h, a, b, c, &d, 0x650a7354, w[4], &bc)
            round(d, e, f, &g, h, a, b, &c, 0x766a0abb, w[5], &bc)
            round(c, d, e, &f, g, h, a, &b, 0x81c2c92e, w[6], &bc)
            round(b, c, d, &e, f, g, h, &a, 0x92722c85, w[7], &bc)
            round(a, b, c, &d, e, f, g, &h, 0xa2bfe8a1, w[8], &bc)
            round(h, a, b, &c, d, e, f, &g, 0xa81a664b, w[9], &bc)
            round(g, h, a, &b, c, d, e, &f, 0xc24b8b70, w[10], &bc)
            round(f, g, h, &a, b, c, d, &e, 0xc76c51a3, w[11], &bc)
            round(e, f, g, &h, a, b, c, &d, 0xd192e819, w[12], &bc)
            round(d, e, f, &g, h, a, b, &c, 0xd6990624, w[13], &bc)
            round(c, d, e, &f, g, h, a, &b, 0xf40e3585, w[14], &bc)
            round(b, c, d, &e, f, g, h, &a, 0x106aa070, w[15], &bc)
            Self.expand(w)
            round(a, b, c, &d, e, f, g, &h, 0x19a4c116, w[0], &bc)
            round(h, a, b, &c, d, e, f, &g, 0x1e376c08, w[1], &bc)
            round(g, h, a, &b, c, d, e, &f, 0x2748774c, w[2], &bc)
            round(f, g, h, &a, b, c, d, &e, 0x34b0bcb5, w[3], &bc)
            round(e, f, g, &h, a, b, c, &d, 0x391c0cb3, w[4], &bc)
            round(d, e, f, &g, h, a, b, &c, 0x4ed8aa4a, w[5], &bc)
            round(c, d, e, &f, g, h, a, &b, 0x5b9cca4f, w[6], &bc)
            round(b, c, d, &e, f, g, h, &a, 0x682e6ff3, w[7], &bc)
            round(a, b, c, &d, e, f, g, &h, 0x748f82ee, w[8], &bc)
            round(h, a, b, &c, d, e, f, &g, 0x78a5636f, w[9], &bc)
            round(g, h, a, &b, c, d, e, &f, 0x84c87814, w[10], &bc)
            round(f, g, h, &a, b, c, d, &e, 0x8cc70208, w[11], &bc)
            round(e, f, g, &h, a, b, c, &d, 0x90befffa, w[12], &bc)
            round(d, e, f, &g, h, a, b, &c, 0xa4506ceb, w[13], &bc)
            round(c, d, e, &f, g, h, a, &b, 0xbef9a3f7, w[14], &bc)
            round(b, c, d, &e, f, g, h, &a, 0xc67178f2, w[15], &bc)
            h0 = h0 &+ a; h1 = h1 &+ b; h2 = h2 &+ c; h3 = h3 &+ d
            h4 = h4 &+ e; h5 = h5 &+ f; h6 = h6 &+ g; h7 = h7 &+ h
        }

        /// The message schedule's next sixteen words, each in the slot of the word sixteen before it:
        /// W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16]. Not inlined, so that the compiler computes
        /// the words here and does not spread them over the rounds, where they would take the rounds' registers.
        @inline(never)
        private static func expand(_ w: UnsafeMutablePointer<UInt32>) {
            step(w, 0); step(w, 1); step(w, 2); step(w, 3); step(w, 4); step(w, 5); step(w, 6); step(w, 7)
            step(w, 8); step(w, 9); step(w, 10); step(w, 11); step(w, 12); step(w, 13); step(w, 14); step(w, 15)
        }

        /// One schedule word: slot `t` (W[t-16]) becomes W[t], from the slots of W[t-15], W[t-7] and W[t-2].
        @inline(__always)
        private static func step(_ w: UnsafeMutablePointer<UInt32>, _ t: Int) {
            let w15 = w[(t &+ 1) & 15], w2 = w[(t &+ 14) & 15]
            let s0 = rotr(w15 ^ rotr(w15, 11), 7) ^ (w15 &>> 3)  // rotr 7 ^ rotr 18 ^ shr 3
            let s1 = rotr(w2 ^ rotr(w2, 2), 17) ^ (w2 &>> 10)  // rotr 17 ^ rotr 19 ^ shr 10
            w[t] = w[t] &+ s0 &+ w[(t &+ 9) & 15] &+ s1
        }

        /// One round: `d` and `h` take their new values and `bc` the next round's b ^ c; the caller renames
        /// the eight variables.
        @inline(__always)
        private func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                           _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ k: UInt32, _ w: UInt32,
                           _ bc: inout UInt32) {
            // Σ1(e) = rotr 6 ^ rotr 11 ^ rotr 25 and Σ0(a) = rotr 2 ^ rotr 13 ^ rotr 22, nested to fewer operations.
            h = h &+ rotr(e ^ rotr(e ^ rotr(e, 14), 5), 6) &+ (((f ^ g) & e) ^ g) &+ k &+ w
            d = d &+ h
            // Maj(a, b, c) = ((a ^ b) & (b ^ c)) ^ b, and this round's a ^ b is the next round's b ^ c.
            let ab = a ^ b
            h = h &+ rotr(a ^ rotr(a ^ rotr(a, 9), 11), 2) &+ ((ab & bc) ^ b)
            bc = ab
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
}

/// Masking shifts: with `>>`/`<<` a variable shift count would be checked for overshifting.
@inline(__always)
private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }
