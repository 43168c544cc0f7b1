import Foundation

/// Paths inside the package, found from this file's path (Tests/TestSupport/PackageFiles.swift).
public enum PackageFiles {
    /// The package root.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file or folder given relative to the package root.
    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// The files of a package folder whose names end in `suffix`, sorted by name.
    public static func files(in relative: String, endingIn suffix: String) -> [URL] {
        let folder = url(relative)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// A new empty folder named `prefix-UUID` in this test process's own temporary folder, which is
    /// removed when the process exits.
    public static func temporaryDirectory(_ prefix: String) throws -> URL {
        let folder = testFolder.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// `sopc-tests-PID` under the system temporary directory, removed at exit.
    private static let testFolder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sopc-tests-\(getpid())")
        atexit { try? FileManager.default.removeItem(at: PackageFiles.testFolder) }
        return folder
    }()
}
