import Foundation
import Testing
import SOPModel
import SOPReader

/// Inputs the fuzzer (`sopc-fuzz`, README "Development") once crashed or hung the reader on. Each one
/// must now read to a `Document` that survives a JSON round trip, or be refused with an `InputError`.
@Suite struct FuzzRegressionTests {
    static let directory = Bundle.module.url(forResource: "fuzz", withExtension: nil, subdirectory: "Fixtures")

    static var inputs: [String] {
        guard let directory else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func fuzzFixturesArePresent() {
        #expect(!Self.inputs.isEmpty, "Fixtures/fuzz holds no regression inputs")
    }

    @Test(arguments: inputs)
    func readsWithoutCrashing(_ name: String) throws {
        let directory = try #require(Self.directory)
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        let document: Document
        do {
            document = try SOPParser.parse(data: data, path: name)
        } catch {
            return  // refused as empty, binary or not an SOP: an `InputError`, which is a valid outcome
        }
        #expect(document.source.path == name)
        let json = try DocumentJSON.encode(document)
        #expect(try DocumentJSON.decode(json) == document)
    }
}
