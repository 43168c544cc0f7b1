/// Tells when a text can be read byte by byte: ASCII without CR, where one UTF-8 byte is one
/// `Character` (CR LF is the only ASCII pair Swift joins into one). The reader's fast paths ask this.
enum ASCIIText {
    static func isOneBytePerCharacter(_ text: Substring) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isOneBytePerCharacter) ?? text.utf8.allSatisfy(isPlainByte)
    }

    static func isOneBytePerCharacter(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isOneBytePerCharacter) ?? text.utf8.allSatisfy(isPlainByte)
    }

    private static func isOneBytePerCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy(isPlainByte)
    }

    private static func isPlainByte(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x0D }
}
