import Foundation
/// Sorts the lines above the identity fields into issuing-body lines and the address.
enum LetterheadClassifier {
    enum Kind: Equatable { case organization, address, other }

    private static let addressWords: Set<String> = [
        "jalan", "jl", "jln", "telp", "telepon", "tlp", "telpon", "fax", "faks", "faksimile", "website",
        "email", "laman", "kode", "pos", "kodepos",
    ]
    private static let organizationWords: Set<String> = [
        "pemerintah", "sekretariat", "dinas", "badan", "kecamatan", "kabupaten", "kota", "provinsi", "bagian",
        "kelurahan", "desa", "inspektorat", "puskesmas", "universitas", "kementerian", "rsud", "satuan",
        "kantor", "lembaga", "direktorat", "biro", "unit",
    ]

    static func classify(_ text: String) -> Kind {
        var text = text
        if let kind = text.withUTF8({ ASCIIText.isOneBytePerCharacter($0) ? classify(asciiBytes: $0) : (hasASCIIAddressWord($0) ? .address : nil) }) {
            return kind
        }
        let lower = text.lowercased()
        let words = lower.split(whereSeparator: { !$0.isLetter }).map(String.init)
        if words.contains(where: addressWords.contains) || lower.contains("www.") || lower.contains("http")
            || lower.contains("e-mail") || lower.contains("@") {
            return .address
        }
        if lower.contains("standar operasional prosedur") { return .other }
        let letters = text.filter(\.isLetter)
        let upper = letters.filter(\.isUppercase).count
        if !letters.isEmpty, Double(upper) / Double(letters.count) >= 0.6 { return .organization }
        if let first = words.first, organizationWords.contains(first) { return .organization }
        return .other
    }

    /// True when an address word stands in the text as a run of ASCII letters between ASCII bytes (or the
    /// text's ends), the byte before preceded by ASCII too (so no prepended mark joins it): the run is then
    /// `Character`s of its own between non-letters, a word of the `Character` split as well.
    private static func hasASCIIAddressWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let addressCodes = addressWordCodes
        var index = 0
        while index < bytes.count {
            guard isASCIILetter(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            var code: UInt64 = 0
            while index < bytes.count, isASCIILetter(bytes[index]) {
                code = code << 5 | UInt64((bytes[index] | 0x20) - UInt8(ascii: "a") + 1)
                index += 1
            }
            let before = start > 0 ? bytes[start - 1] : 0
            let beforeThat = start > 1 ? bytes[start - 2] : 0
            let after = index < bytes.count ? bytes[index] : 0
            if before < 0x80, beforeThat < 0x80, after < 0x80, index - start <= longestCodedWord, addressCodes.contains(code) {
                return true
            }
        }
        return false
    }

    /// `classify` for ASCII text, in one pass over its bytes with no word list and no copy of the line
    /// (a line may be the whole of a huge input).
    private static func classify(asciiBytes bytes: UnsafeBufferPointer<UInt8>) -> Kind {
        let addressCodes = addressWordCodes
        var firstWord: Range<Int>?
        var letters = 0
        var upper = 0
        var wordStart: Int?
        var code: UInt64 = 0
        for index in 0...bytes.count {
            if index < bytes.count, isASCIILetter(bytes[index]) {
                letters += 1
                if bytes[index] <= UInt8(ascii: "Z") { upper += 1 }
                if wordStart == nil {
                    wordStart = index
                    code = 0
                }
                code = code << 5 | UInt64((bytes[index] | 0x20) - UInt8(ascii: "a") + 1)
            } else if let start = wordStart {
                wordStart = nil
                if index - start <= longestCodedWord, addressCodes.contains(code) { return .address }
                if firstWord == nil { firstWord = start..<index }
            }
        }
        for cue in addressCueBytes where containsIgnoringCase(bytes, cue) { return .address }
        if containsIgnoringCase(bytes, notLetterheadBytes) { return .other }
        if letters > 0, Double(upper) / Double(letters) >= 0.6 { return .organization }
        if let firstWord, firstWord.count <= longestOrganizationWord,
           organizationWords.contains(String(decoding: bytes[firstWord].map(ASCIIText.lowercased), as: UTF8.self)) {
            return .organization
        }
        return .other
    }

    /// The longest of `organizationWords`, in bytes: a longer first word is none of them.
    private static let longestOrganizationWord = organizationWords.map(\.utf8.count).max() ?? 0

    /// The most letters a word code holds: five bits per letter in 64 bits.
    private static let longestCodedWord = 12

    /// `addressWords` as codes (five bits a letter, 1 for a), compared with the code of each word of an ASCII line.
    private static let addressWordCodes: [UInt64] = addressWords.map { word in
        precondition(word.utf8.count <= longestCodedWord)
        return word.utf8.reduce(0) { $0 << 5 | UInt64($1 - UInt8(ascii: "a") + 1) }
    }
    /// Text that marks an address line, and the document title that is no letterhead, as bytes.
    private static let addressCueBytes: [[UInt8]] = ["www.", "http", "e-mail", "@"].map { Array($0.utf8) }
    private static let notLetterheadBytes = Array("standar operasional prosedur".utf8)

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
    }

    /// Whether `pattern` (lower-case) stands in `bytes` with upper-case ASCII letters read as lower-case.
    private static func containsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> Bool {
        guard !pattern.isEmpty else { return true }
        var index = 0
        while index + pattern.count <= bytes.count {
            var matched = 0
            while matched < pattern.count, ASCIIText.lowercased(bytes[index + matched]) == pattern[matched] { matched += 1 }
            if matched == pattern.count { return true }
            index += 1
        }
        return false
    }
}
