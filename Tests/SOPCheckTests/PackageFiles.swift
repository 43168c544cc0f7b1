import Foundation

/// Paths inside the package, found from this file's path (Tests/SOPCheckTests/ThisFile.swift).
enum PackageFiles {
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// The `.json` files of a package folder, sorted by name.
    static func jsonFiles(in relative: String) -> [URL] {
        let folder = url(relative)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
