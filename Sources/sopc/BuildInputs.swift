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
    /// Read with `readdir`, whose entry types spare a `stat` per file; a symbolic link counts as a file.
    private static func filesUnder(_ folder: URL, excluding excluded: String) -> [String]? {
        var files: [String] = []
        guard collect(folder.path, relative: "", into: &files, excluding: excluded) else { return nil }
        return files.sorted()
    }

    /// Adds the input files under `path` (`relative` to the input folder, "" for the folder itself) to
    /// `files`; false when `path` cannot be listed. Hidden entries are skipped, and so are folders
    /// named in `skippedFolders` and the folder that is `excluded`.
    private static func collect(_ path: String, relative: String, into files: inout [String], excluding excluded: String) -> Bool {
        guard let directory = opendir(path) else { return false }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let childPath = path.hasSuffix("/") ? path + name : path + "/" + name
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            if isDirectory(entry.pointee.d_type, childPath) {
                if skippedFolders.contains(name) || canonical(URL(fileURLWithPath: childPath, isDirectory: true)) == excluded { continue }
                _ = collect(childPath, relative: childRelative, into: &files, excluding: excluded)
            } else if extensions.contains(URL(fileURLWithPath: childPath, isDirectory: false).pathExtension.lowercased()) {
                files.append(childRelative)
            }
        }
        return true
    }

    /// Whether a directory entry is a folder (not a link to one), asking `lstat` only when `readdir` does not say.
    private static func isDirectory(_ type: UInt8, _ path: String) -> Bool {
        if type == UInt8(DT_DIR) { return true }
        guard type == UInt8(DT_UNKNOWN) else { return false }
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// An absolute path with symlinks resolved, to compare folders.
    private static func canonical(_ url: URL) -> String {
        url.standardizedFileURL.resolvingSymlinksInPath().path
    }
}
