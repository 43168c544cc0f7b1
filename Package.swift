// swift-tools-version: 6.0
import PackageDescription
import Foundation

let package = Package(
    name: "sopc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sopc", targets: ["sopc"]),
        .library(name: "SOPReader", targets: ["SOPReader"]),
        .library(name: "SOPModel", targets: ["SOPModel"]),
    ],
    targets: [
        .target(name: "SOPModel"),
        .target(name: "SOPReader", dependencies: ["SOPModel"]),
        .target(name: "SOPCheck", dependencies: ["SOPModel"]),
        .target(name: "SOPWriters", dependencies: ["SOPModel"]),
        .target(name: "SOPDiff", dependencies: ["SOPModel"]),
        .executableTarget(name: "sopc", dependencies: ["SOPModel", "SOPReader", "SOPCheck", "SOPWriters", "SOPDiff"]),
        .executableTarget(name: "sopc-bench", dependencies: ["SOPModel", "SOPReader", "SOPCheck", "SOPWriters"]),
        // Package paths, the process runner and the python jsonschema wrapper the test targets share.
        .target(name: "TestSupport", path: "Tests/TestSupport", exclude: ["validate_schema.py"]),
        .testTarget(name: "SOPModelTests", dependencies: ["SOPModel", "TestSupport"], exclude: ["Invalid"]),
        .testTarget(name: "SOPReaderTests", dependencies: ["SOPReader", "SOPModel", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SOPCheckTests", dependencies: ["SOPCheck", "SOPModel", "SOPReader", "TestSupport"], exclude: ["Invalid", "Valid"]),
        .testTarget(name: "sopcTests", dependencies: ["sopc", "SOPReader", "SOPModel", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SOPDiffTests", dependencies: ["SOPDiff", "SOPReader", "SOPModel", "TestSupport"]),
        .testTarget(name: "SOPWritersTests", dependencies: ["SOPWriters", "SOPModel", "SOPReader", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer target for the reader exists only when SOPC_FUZZ is set, so the normal build and
// tests never compile it with the sanitizers. Build and run commands: README, "Development".
if ProcessInfo.processInfo.environment["SOPC_FUZZ"] != nil {
    package.targets += [
        .systemLibrary(name: "CLibFuzzer"),
        .executableTarget(name: "sopc-fuzz", dependencies: ["SOPReader", "SOPModel", "CLibFuzzer"]),
    ]
}
