import Foundation

/// One document of a batch: where it is read from and the name its renderings get under OUTDIR.
struct BuildInput: Sendable {
    /// The path as given or as found in a folder.
    var path: String
    /// OUTDIR-relative name without extension (`sub/name`); unique in the batch.
    var outputName: String
}

/// Finds the documents of `sopc build`'s inputs: files as given; folders searched recursively for
/// the extensions below, in path order, skipping hidden entries, the output folder and folders
/// named `expected` (sopc's goldens beside a corpus). A folder's subfolders are mirrored under
/// OUTDIR; names that would collide (x.txt and x.md, or two inputs named alike) get `-2`, `-3`, …
enum BuildInputs {
    static let extensions: Set<String> = ["txt", "md", "json", "pdf", "png", "jpg", "jpeg", "tif", "tiff"]
    /// Folder names skipped when met inside an input folder (a folder given as an input is always read).
    static let skippedFolders: Set<String> = ["expected"]
    /// Output names taken by the batch itself (report.md, report.json).
    static let reservedNames: Set<String> = ["report"]

    /// The documents in input order, and one message per input that does not exist or cannot be listed.
    static func discover(_ inputs: [String], outDir: URL) -> (documents: [BuildInput], problems: [(input: String, message: String)]) {
        let excluded = canonical(outDir)
        var found: [(path: String, name: String)] = []
        var problems: [(input: String, message: String)] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                problems.append((input, "\(input): no such file"))
                continue
            }
            guard isDirectory.boolValue else {
                found.append((input, URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent))
                continue
            }
            guard let files = filesUnder(URL(fileURLWithPath: input), excluding: excluded) else {
                problems.append((input, "\(input): cannot list directory"))
                continue
            }
            found += files.map { relative in ((input as NSString).appendingPathComponent(relative), (relative as NSString).deletingPathExtension) }
        }
        var taken = reservedNames
        let documents = found.map { file in
            var name = file.name, suffix = 2
            while taken.contains(name) {
                name = "\(file.name)-\(suffix)"
                suffix += 1
            }
            taken.insert(name)
            return BuildInput(path: file.path, outputName: name)
        }
        return (documents, problems)
    }

    /// The input files under `folder` as sorted relative paths; nil when the folder cannot be listed.
    private static func filesUnder(_ folder: URL, excluding excluded: String) -> [String]? {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey],
                                                              options: [.skipsHiddenFiles]) else { return nil }
        let base = folder.standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        var files: [String] = []
        for case let url as URL in enumerator {
            let isDirectory = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
            if isDirectory {
                if skippedFolders.contains(url.lastPathComponent) || canonical(url) == excluded { enumerator.skipDescendants() }
                continue
            }
            guard extensions.contains(url.pathExtension.lowercased()) else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix) else { continue }
            files.append(String(path.dropFirst(prefix.count)))
        }
        return files.sorted()
    }

    /// An absolute path with symlinks resolved, to compare folders.
    private static func canonical(_ url: URL) -> String {
        url.standardizedFileURL.resolvingSymlinksInPath().path
    }
}
