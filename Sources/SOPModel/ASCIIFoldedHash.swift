/// The hash of a word's bytes with their ASCII capitals lowered, for the open-addressing word tables
/// (the reader's item words, the lint rules' words). It is `Hasher`'s, seeded per process, so no
/// document can be written whose words all fall into one run of slots, as they could under an
/// unseeded hash such as FNV.
public enum ASCIIFoldedHash {
    /// The hash of `bytes` as `ASCIIFoldedHash` lowers them; the bytes are fed to `Hasher` eight at a time.
    public static func of(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var hasher = Hasher()
        var chunk: UInt64 = 0
        var filled = 0
        for byte in bytes {
            let folded = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
            chunk = chunk << 8 | UInt64(folded)
            filled += 1
            if filled == 8 {
                hasher.combine(chunk)
                chunk = 0
                filled = 0
            }
        }
        hasher.combine(chunk)
        hasher.combine(bytes.count)
        return hasher.finalize()
    }
}
