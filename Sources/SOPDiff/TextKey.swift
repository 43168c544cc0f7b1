/// What two texts are compared by: their words, whitespace collapsed, case folded on request.
enum TextKey {
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace)
    }

    static func word(_ word: Substring, ignoreCase: Bool) -> String {
        ignoreCase ? word.lowercased() : String(word)
    }

    static func key(_ text: String, ignoreCase: Bool) -> String {
        words(text).map { word($0, ignoreCase: ignoreCase) }.joined(separator: " ")
    }

    static func same(_ a: String?, _ b: String?, ignoreCase: Bool) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (x?, y?): key(x, ignoreCase: ignoreCase) == key(y, ignoreCase: ignoreCase)
        default: false
        }
    }
}
