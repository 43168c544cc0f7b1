import Foundation

/// A NIP (Nomor Induk Pegawai) found in a text: its digits as printed and where it stands.
public struct NIPMatch: Equatable, Sendable {
    /// The digits with spaces removed and OCR letters repaired; not necessarily 18 long.
    public var digits: String
    /// From the "NIP" label (or the first digit when unlabeled) to the last digit.
    public var range: Range<String.Index>

    public init(digits: String, range: Range<String.Index>) {
        self.digits = digits
        self.range = range
    }

    /// True when the NIP has the 18 digits a civil-servant number must have.
    public var hasValidLength: Bool { digits.count == NIPParser.validLength }
}

/// Finds civil-servant numbers: "NIP. 19771027 200312 1 005", "NIP: 196504221988031008".
public enum NIPParser {
    /// Digits in a valid NIP.
    public static let validLength = 18

    /// The first labelled NIP in `text` ("NIP", any case, then `.`/`:` and digit groups separated by spaces).
    public static func digits(in text: String) -> NIPMatch? {
        var searchStart = text.startIndex
        let isASCII = ASCIIText.isASCII(text)
        while let label = isASCII ? asciiLabel(in: text, from: searchStart)
                : text.range(of: "nip", options: .caseInsensitive, range: searchStart..<text.endIndex) {
            searchStart = label.upperBound
            guard isWordBoundary(in: text, before: label.lowerBound),
                  !(text[label.upperBound...].first?.isLetter ?? false) else { continue }
            var cursor = label.upperBound
            while cursor < text.endIndex, ". :-".contains(text[cursor]) { cursor = text.index(after: cursor) }
            if let groups = digitGroups(in: text, from: cursor) {
                return NIPMatch(digits: groups.digits, range: label.lowerBound..<groups.end)
            }
        }
        return nil
    }

    /// The next "nip" in any case at or after `start`, found in the bytes of ASCII text (where Foundation's
    /// case-insensitive search finds exactly the bytes n, i, p in either case).
    private static func asciiLabel(in text: String, from start: String.Index) -> Range<String.Index>? {
        let utf8 = text.utf8
        let from = utf8.distance(from: utf8.startIndex, to: start)
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            var index = from
            while index + 2 < bytes.count {
                if bytes[index] | 0x20 == UInt8(ascii: "n"), bytes[index + 1] | 0x20 == UInt8(ascii: "i"),
                   bytes[index + 2] | 0x20 == UInt8(ascii: "p") { return index }
                index += 1
            }
            return nil
        }
        guard let offset = utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search) else {
            return nil
        }
        let label = utf8.index(utf8.startIndex, offsetBy: offset)
        return label..<utf8.index(label, offsetBy: 3)
    }

    /// A NIP printed without its label: the whole text (trimmed) is digit groups with exactly 18 digits.
    public static func unlabeledDigits(in text: String) -> NIPMatch? {
        // ASCII text without CR: whitespace `Character`s are the whitespace bytes.
        let isPlain = ASCIIText.isOneBytePerCharacter(text)
        guard let first = isPlain ? text.utf8.firstIndex(where: { !ASCIIText.isWhitespace($0) }) : text.firstIndex(where: { !$0.isWhitespace }),
              let groups = digitGroups(in: text, from: first),
              groups.digits.count == validLength,
              isPlain ? text.utf8[groups.end...].allSatisfy(ASCIIText.isWhitespace) : text[groups.end...].allSatisfy(\.isWhitespace)
        else { return nil }
        return NIPMatch(digits: groups.digits, range: first..<groups.end)
    }

    /// Reads space-separated groups from `start` until 18 digits are collected or no digit group follows.
    /// A group must contain a real digit; look-alike letters inside it are repaired.
    private static func digitGroups(in text: String, from start: String.Index) -> (digits: String, end: String.Index)? {
        if ASCIIText.isOneBytePerCharacter(text) {
            let utf8 = text.utf8
            let from = utf8.distance(from: utf8.startIndex, to: start)
            if let found = utf8.withContiguousStorageIfAvailable({ asciiDigitGroups($0, from: from) }) {
                return found.map { ($0.digits, utf8.index(utf8.startIndex, offsetBy: $0.end)) }
            }
        }
        var digits = ""
        var end = start
        var cursor = start
        while digits.count < validLength {
            var groupStart = cursor
            while groupStart < text.endIndex, text[groupStart] == " " { groupStart = text.index(after: groupStart) }
            var groupEnd = groupStart
            while groupEnd < text.endIndex, OCRDigitRepair.isDigitLike(text[groupEnd]) { groupEnd = text.index(after: groupEnd) }
            let group = text[groupStart..<groupEnd]
            guard group.contains(where: { $0.isASCII && $0.isNumber }),
                  !(text[groupEnd...].first?.isLetter ?? false),
                  let repaired = OCRDigitRepair.digits(group) else { break }
            digits += repaired
            end = groupEnd
            cursor = groupEnd
        }
        return digits.isEmpty ? nil : (digits, end)
    }

    /// `digitGroups` read from the bytes of ASCII text without CR (one byte, one `Character`); `end` is a byte offset.
    private static func asciiDigitGroups(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (digits: String, end: Int)? {
        var digits: [UInt8] = []
        var end = start
        var cursor = start
        while digits.count < validLength {
            var groupStart = cursor
            while groupStart < bytes.count, bytes[groupStart] == UInt8(ascii: " ") { groupStart += 1 }
            var groupEnd = groupStart
            var hasDigit = false
            while groupEnd < bytes.count, OCRDigitRepair.digit(forByte: bytes[groupEnd]) != nil {
                hasDigit = hasDigit || bytes[groupEnd] &- UInt8(ascii: "0") < 10
                groupEnd += 1
            }
            let next = groupEnd < bytes.count ? bytes[groupEnd] | 0x20 : 0
            guard hasDigit, !(next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")) else { break }
            for index in groupStart..<groupEnd {
                if let digit = OCRDigitRepair.digit(forByte: bytes[index]) { digits.append(digit) }
            }
            end = groupEnd
            cursor = groupEnd
        }
        return digits.isEmpty ? nil : (String(decoding: digits, as: UTF8.self), end)
    }

    private static func isWordBoundary(in text: String, before index: String.Index) -> Bool {
        index == text.startIndex || !text[text.index(before: index)].isLetter
    }
}
