import Foundation
import SOPCheck
import SOPModel
import SOPReader
import SOPWriters

/// Times one stage over the synthetic corpus on one thread. Only the stage is timed: generating the
/// text and the stages before it (parsing, for validate and render) are not. Bytes are the source
/// text's for every stage, so the three MB/s figures compare.
enum StageRunner {
    /// A stage of the pipeline.
    enum Stage: String, CaseIterable {
        case parse, validate, render
    }

    /// What a stage measured; written by the child process as one line of JSON.
    struct Result: Codable {
        var stage: String
        var documents: Int
        var bytes: Int
        var seconds: Double
        var failures: Int
        var peakRSSKilobytes: Int
    }

    static func run(_ stage: Stage, corpus: SyntheticCorpus, documents: Int) throws -> Result {
        let validator = try Validator()
        let writers = Writers.all.sorted { $0.key < $1.key }.map(\.value)
        var bytes = 0, seconds = 0.0, failures = 0
        for index in 0..<documents {
            let (text, seed) = corpus.document(index)
            bytes += text.utf8.count
            let path = "synthetic/\(index)-\(seed)"
            let parseStart = DispatchTime.now()
            guard let document = try? SOPParser.parse(text: text, path: path) else { failures += 1; continue }
            switch stage {
            case .parse:
                seconds += elapsed(since: parseStart)
            case .validate:
                guard let json = try? DocumentJSON.encode(document) else { failures += 1; continue }
                let start = DispatchTime.now()
                if (try? validator.validate(json: json)) == nil { failures += 1 }
                seconds += elapsed(since: start)
            case .render:
                // As `sopc build` renders: one rendering per document, its flowchart shared by SVG and HTML.
                let start = DispatchTime.now()
                let rendering = DocumentRendering(document)
                for writer in writers where (try? writer.bytes(rendering)) == nil { failures += 1 }
                seconds += elapsed(since: start)
            }
        }
        return Result(stage: stage.rawValue, documents: documents, bytes: bytes, seconds: seconds, failures: failures,
                      peakRSSKilobytes: ChildProcess.ownPeakRSSKilobytes)
    }

    static func elapsed(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
