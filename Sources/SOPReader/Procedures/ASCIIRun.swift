/// A run of ASCII letters and digits read from a text's bytes.
enum ASCIIRun {
    /// The run as a string, its letters lower-cased.
    static func lowercased(_ run: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: run.count) { out in
            for (index, byte) in run.enumerated() {
                out[index] = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 0x20 : byte
            }
            return run.count
        }
    }
}
