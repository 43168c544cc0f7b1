import Foundation
import SOPModel
import Testing

/// The decoder reads version 1 and refuses a newer version with a message naming both.
struct SchemaVersionTests {
    private func minimalJSON(version: Int) throws -> Data {
        let json = String(decoding: try DocumentJSON.encode(SampleDocuments.minimal), as: UTF8.self)
        let marker = "\"schemaVersion\" : 1,"
        #expect(json.contains(marker))
        return Data(json.replacingOccurrences(of: marker, with: "\"schemaVersion\" : \(version),").utf8)
    }

    @Test("schemaVersion 2 throws SchemaVersionError naming both versions")
    func newerVersionIsRejected() throws {
        let data = try minimalJSON(version: 2)
        let error = try #require(throws: SchemaVersionError.self) {
            try DocumentJSON.decode(data)
        }
        #expect(error.found == 2)
        #expect(error.supported == 1)
        #expect(error.description.contains("schemaVersion 2"))
        #expect(error.description.contains("up to 1"))
    }

    @Test("schemaVersion 0 is not a version")
    func zeroVersionIsRejected() throws {
        let error = try #require(throws: SchemaVersionError.self) {
            try DocumentJSON.decode(try minimalJSON(version: 0))
        }
        #expect(error.description.contains("not a valid version"))
    }

    @Test("schemaVersion 1 decodes")
    func currentVersionDecodes() throws {
        let document = try DocumentJSON.decode(try minimalJSON(version: 1))
        #expect(document.schemaVersion == 1)
        #expect(document == SampleDocuments.minimal)
    }

    @Test("a document without schemaVersion does not decode")
    func missingVersionIsRejected() throws {
        let json = String(decoding: try minimalJSON(version: 1), as: UTF8.self)
        let data = Data(json.replacingOccurrences(of: "\"schemaVersion\" : 1,", with: "").utf8)
        #expect(throws: DecodingError.self) {
            try DocumentJSON.decode(data)
        }
    }
}
