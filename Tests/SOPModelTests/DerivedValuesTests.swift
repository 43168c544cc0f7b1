import Foundation
import SOPModel
import TestSupport
import Testing

/// The model's derived values (`Procedure.mainPath`, `DurationSum`, `LegalBasisEntry.citation`) agree
/// with their plain forms (Step copies, hashed maps, joined parts) on awkward input.
@Suite struct DerivedValuesTests {
    /// The main path as it was first written: Step copies, a hashed map of numbers, a visited Set.
    static func plainMainPath(_ steps: [Step]) -> [Step] {
        var indexOfNumber: [Int: Int] = [:]
        for (index, step) in steps.enumerated() where indexOfNumber[step.number] == nil { indexOfNumber[step.number] = index }
        var visited: Set<Int> = []
        var path: [Step] = []
        var index = 0
        while steps.indices.contains(index), !visited.contains(index) {
            visited.insert(index)
            let step = steps[index]
            path.append(step)
            index = step.decision?.yes.flatMap { indexOfNumber[$0] } ?? index + 1
        }
        return path
    }

    static let durations: [Duration?] = [
        nil, Duration(text: "?"), Duration(text: "2-3 Hari Kerja", min: 2, max: 3, unit: .day, workingDays: true),
        Duration(text: "1 Hari", min: 1, unit: .day), Duration(text: "90 Menit per OPD", max: 90, unit: .minute, per: "OPD"),
        Duration(text: "1,5 Jam", min: 1.5, unit: .hour), Duration(text: "1 Minggu", min: 1, max: 1, unit: .week),
        Duration(text: "2 Bulan", min: 2, unit: .month), Duration(text: "1 Tahun", min: 1, unit: .year),
        Duration(text: "Jam", unit: .hour), Duration(text: "0,1 Menit", min: 0.1, max: 0.7, unit: .minute),
        Duration(text: "huge", min: 1e300, max: 1e308, unit: .hour),
    ]

    @Test("main path and its duration sum agree with Step copies on random procedures (loops, gaps, odd numbers)")
    func mainPathAgreesWithPlainForm() {
        var generator = SplitMix64(seed: 7)
        let numbers = [0, -1, -5, Int.min, Int.max, 1_000_000]
        for round in 0..<3_000 {
            let count = round == 0 ? 0 : Int(generator.next() % 14)
            var steps: [Step] = []
            for position in 0..<count {
                let roll = generator.next()
                let number = roll % 5 == 0 ? numbers[Int(roll / 5 % UInt64(numbers.count))] : roll % 7 == 0 ? Int(roll % 4) : position + 1
                let target = generator.next()
                let yes: Int? = target % 3 == 0 ? nil : target % 11 == 0 ? numbers[Int(target % UInt64(numbers.count))] : Int(target % 16) - 1
                let decision = target % 2 == 0 ? Decision(yes: yes, no: nil) : nil
                let duration = Self.durations[Int(generator.next() % UInt64(Self.durations.count))]
                steps.append(Step(number: number, activity: "s\(position)", duration: duration, decision: decision))
            }
            let procedure = Procedure(title: "p", steps: steps)
            let path = procedure.mainPath
            let plain = Self.plainMainPath(steps)
            #expect(Array(path) == plain, "round \(round)")
            #expect(path.count == plain.count)
            #expect(DurationSum(path) == DurationSum(plain), "round \(round)")
        }
    }

    @Test("a long chain and a long loop stay linear")
    func longPaths() {
        let chain = (1...64_000).map { Step(number: $0, activity: "x", duration: Duration(text: "1 Menit", min: 1, unit: .minute)) }
        let path = Procedure(steps: chain).mainPath
        #expect(path.count == 64_000)
        #expect(DurationSum(path).parts.first?.span.max == 64_000)
        var loop = chain
        loop[63_999].decision = Decision(yes: 1, no: nil)
        #expect(Procedure(steps: loop).mainPath.count == 64_000)
    }

    /// The citation as it was first written: the known parts joined by spaces.
    static func plainCitation(kind: String?, number: String?, year: Int?) -> String? {
        let parts = [kind, number.map { "Nomor \($0)" }, year.map { "Tahun \($0)" }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    @Test("citation agrees with the joined parts, empty and non-ASCII parts included")
    func citationAgreesWithJoinedParts() {
        let kinds: [String?] = [nil, "", "Peraturan Bupati", "Peraturan Daerah Provinsi Jawa Tengah Tentang Sesuatu Yang Panjang",
                                "Keputusan Menteri\u{00A0}Dalam Negeri", "Perda e\u{0301} & <x> \"'", "ﬁ"]
        let numbers: [String?] = [nil, "", "13", "7a/Kpts", "12.345/ÉX", " "]
        let years: [Int?] = [nil, 0, -1, 2022, Int.max, Int.min]
        for kind in kinds {
            for number in numbers {
                for year in years {
                    let entry = LegalBasisEntry(text: "t", kind: kind, number: number, year: year)
                    #expect(entry.citation == Self.plainCitation(kind: kind, number: number, year: year), "\(String(describing: kind)) \(String(describing: number)) \(String(describing: year))")
                }
            }
        }
    }

    @Test("append(decimal:) writes what String(_:) writes, Int.min and Int.max included")
    func decimalDigits() {
        var values = [0, 1, -1, 9, 10, -10, 99, 100, 999, 1000, 9999, 10_000, 99_999, 100_000, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var generator = SplitMix64(seed: 3)
        for _ in 0..<5_000 { values.append(Int(bitPattern: UInt(generator.next() >> (generator.next() % 64)))) }
        var buffer = ByteBuffer(capacity: 1)
        var expected = ""
        for value in values {
            buffer.append(decimal: value)
            buffer.append(UInt8(ascii: ","))
            expected += "\(value),"
        }
        #expect(String(decoding: buffer.finish(), as: UTF8.self) == expected)
    }

    @Test("append(maximumCount:) appends only the bytes written, growing once when needed")
    func reservedRun() {
        var buffer = ByteBuffer(capacity: 16)
        buffer.append("abc")
        buffer.append(maximumCount: 40) { room in
            #expect(room.count == 40)
            room[0] = UInt8(ascii: "x")
            room[1] = UInt8(ascii: "y")
            return 2
        }
        buffer.append(maximumCount: 0) { _ in 0 }
        buffer.append(maximumCount: 3) { _ in 0 }
        buffer.append("z")
        #expect(String(decoding: buffer.finish(), as: UTF8.self) == "abcxyz")
    }
}
