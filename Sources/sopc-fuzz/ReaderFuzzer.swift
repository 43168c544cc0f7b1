import CLibFuzzer
import Foundation
import SOPModel
import SOPReader

/// libFuzzer driver for the reader: every input must give a `Document` that `sopc parse` can write
/// as JSON, or an `InputError` — never a crash, a sanitizer report or a hang. Built only with
/// `SOPC_FUZZ=1` and `-sanitize=fuzzer,address` (see README, "Development"); the command line is
/// libFuzzer's own (`-max_total_time`, `-jobs`, …).
/// SwiftPM renames an executable's `main`, so this entry hands control to libFuzzer's driver itself.
@main
enum ReaderFuzzer {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, readerFuzzTestOneInput))
    }
}

/// One fuzz input through `SOPParser.parse(data:path:)`; libFuzzer's standard entry name.
@_cdecl("LLVMFuzzerTestOneInput")
func readerFuzzTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes, count > 0 else { return 0 }
    guard let document = try? SOPParser.parse(data: Data(bytes: bytes, count: count), path: "fuzz-input") else {
        return 0
    }
    do {
        _ = try DocumentJSON.encode(document)
    } catch {
        fatalError("the parsed document cannot be written as JSON: \(error)")
    }
    return 0
}
