/// Off-page connector names in order: A … Z, AA, AB, … (bijective base 26).
enum ConnectorLetters {
    static func name(_ index: Int) -> String {
        var n = max(index, 0) + 1
        var letters: [Character] = []
        while n > 0 {
            n -= 1
            letters.append(Character(Unicode.Scalar(UInt8(65 + n % 26))))
            n /= 26
        }
        return String(letters.reversed())
    }
}
