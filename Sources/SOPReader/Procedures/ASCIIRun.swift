/// Runs of ASCII letters and digits read from a text's bytes.
enum ASCIIRun {
    /// Scans an ASCII text without markup bytes (`TextCleaning.isMarkupByte`), where cleaning changes
    /// only whitespace: calls `atEnd(run, index)` at every other byte (and once more at the end, with
    /// `index == bytes.count`) with the run of letters and digits just before it, empty when none.
    /// False, after calls for the bytes before it, at the first non-ASCII or markup byte.
    @inline(__always)
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ atEnd: (_ run: Range<Int>, _ index: Int) -> Void) -> Bool {
        var start = 0  // where the current run began
        for index in 0..<bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                continue
            case 0x80...:
                return false
            case let byte where TextCleaning.isMarkupByte(byte):
                return false
            default:
                atEnd(start..<index, index)
                start = index + 1
            }
        }
        atEnd(start..<bytes.count, bytes.count)
        return true
    }
}
