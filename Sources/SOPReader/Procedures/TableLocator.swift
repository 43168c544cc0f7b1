import SOPModel

/// Phase 1 of procedure reading: finds the line ranges of the procedure tables. A header repeated
/// after a page break stays in the same region; a title line above a new header starts a new one.
public enum TableLocator {
    public static func locate(in text: SourceText) -> [TableRegion] {
        let lines = text.lines
        var regions: [TableRegion] = []
        var index = 0
        var floor = 0
        while index < lines.count {
            guard let layout = HeaderLine.layout(of: lines[index]) else {
                index += 1
                continue
            }
            let start = titleIndex(above: index, floor: floor, in: lines) ?? index
            var headerLines = [lines[index].number]
            let end = endIndex(from: index, layout: layout, in: lines, headerLines: &headerLines)
            regions.append(TableRegion(lines: lines[start].number...lines[end].number, layout: layout, headerLines: headerLines))
            index = end + 1
            floor = index
        }
        return regions
    }

    /// The index of the title line above a header, skipping up to two blank lines.
    static func titleIndex(above header: Int, floor: Int, in lines: [SourceLine]) -> Int? {
        var k = header - 1
        var blanks = 0
        while k >= floor, lines[k].isBlank, blanks < 2 {
            k -= 1
            blanks += 1
        }
        guard k >= floor, TableTitle.read(lines[k]) != nil else { return nil }
        return k
    }

    /// The index of the last table line of the region whose header is at `header`; the numbers of the
    /// header rows it takes in are appended to `headerLines`.
    private static func endIndex(from header: Int, layout: Source.Layout, in lines: [SourceLine],
                                 headerLines: inout [Int]) -> Int {
        var last = header
        var lastNumber: Int?  // the last step number of an aligned table's rows, for numbers past 9999
        var j = header + 1
        while j < lines.count {
            let line = lines[j]
            if line.isBlank {
                j += 1
                continue
            }
            let afterBlank = j > last + 1
            if PageMarker.isPageMarker(line.text) {
                last = j
            } else if HeaderLine.layout(of: line) != nil {
                if titleIndex(above: j, floor: last + 1, in: lines) != nil { break }
                last = j
                headerLines.append(line.number)
            } else if TableLayoutDetector.isTableShaped(line, layout: layout) {
                if layout == .aligned {
                    let number = alignedRowNumber(line, after: lastNumber)
                    if afterBlank, number == nil { break }
                    lastNumber = number ?? lastNumber
                }
                last = j
            } else if !afterBlank, let next = nextNonBlank(after: j, in: lines),
                      TableLayoutDetector.isTableShaped(lines[next], layout: layout) || PageMarker.isPageMarker(lines[next].text),
                      TableTitle.read(line) == nil {
                last = j
            } else {
                break
            }
            j += 1
        }
        return last
    }

    /// The step number an aligned row opens with (in its first six columns), read after `previous`, the
    /// table's last step number; nil for a line that opens no row. After a blank line, an aligned table
    /// continues only with a numbered row.
    private static func alignedRowNumber(_ line: SourceLine, after previous: Int?) -> Int? {
        var text = line.text
        let token = text.withUTF8 { bytes -> String?? in
            guard ASCIIText.isOneBytePerCharacter(bytes) else { return nil }
            var token: String?
            // The first run's first space-separated word (a run opens with no space).
            TableLayoutDetector.forEachAlignedRun(inASCII: bytes) { run, column in
                guard column <= 6 else { return false }
                let end = UnsafeBufferPointer(rebasing: bytes[run]).firstIndex(of: 0x20).map { run.lowerBound + $0 } ?? run.upperBound
                token = String(decoding: UnsafeBufferPointer(rebasing: bytes[run.lowerBound..<end]), as: UTF8.self)
                return false
            }
            return .some(token)
        } ?? firstToken(ofCharacters: line.text)
        return token.flatMap { StepNumber.parse($0, after: previous) }
    }

    /// The first word of the first aligned run of a line, when that run starts in the first six columns.
    private static func firstToken(ofCharacters text: String) -> String? {
        guard let first = TableLayoutDetector.alignedRuns(text).first, first.column <= 6 else { return nil }
        return first.text.split(separator: " ").first.map(String.init) ?? ""
    }

    private static func nextNonBlank(after index: Int, in lines: [SourceLine]) -> Int? {
        var k = index + 1
        while k < lines.count {
            if !lines[k].isBlank { return k }
            k += 1
        }
        return nil
    }
}
