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
            guard let (files, unreadable) = filesUnder(input, excluding: excluded) else {
                problems.append((input, "\(input): cannot list directory"))
                continue
            }
            problems += unreadable
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

    /// The input files under `folder` as sorted relative paths, and one message per entry below it that
    /// cannot be read (a subfolder that cannot be listed, a name that is not valid UTF-8); nil when
    /// `folder` itself cannot be listed. Read with `readdir`, whose entry types spare a `stat` per file;
    /// a symbolic link counts as a file.
    private static func filesUnder(_ folder: String, excluding excluded: String)
        -> (files: [String], problems: [(input: String, message: String)])? {
        guard let entries = entries(of: folder) else { return nil }
        var files: [String] = []
        var problems: [(input: String, message: String)] = []
        collect(entries, in: folder, relative: "", into: &files, problems: &problems, excluding: excluded)
        problems.sort { $0.input < $1.input }
        return (files.sorted(), problems)
    }

    /// One entry of a folder as `readdir` gives it: the name's bytes and the entry type.
    private struct Entry {
        var name: [UInt8]
        var type: UInt8
    }

    /// The entries of folder `path` except the hidden ones, all read before the folder is closed so
    /// that descending keeps no folder open; nil when it cannot be listed.
    private static func entries(of path: String) -> [Entry]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard let first = name.first, first != UInt8(ascii: ".") else { continue }
            entries.append(Entry(name: name, type: entry.pointee.d_type))
        }
        return entries
    }

    /// Adds the input files among `entries` of folder `path` (`relative` to the input folder, "" for
    /// the folder itself) and below to `files`, and to `problems` each subfolder that cannot be listed
    /// and each name that is not valid UTF-8 (a path built from it would name another entry). Folders
    /// named in `skippedFolders` and the folder that is `excluded` are skipped.
    private static func collect(_ entries: [Entry], in path: String, relative: String, into files: inout [String],
                                problems: inout [(input: String, message: String)], excluding excluded: String) {
        let folder = path.hasSuffix("/") ? path : path + "/"
        for entry in entries {
            guard let name = String(validating: entry.name, as: UTF8.self) else {
                let shown = folder + String(decoding: entry.name, as: UTF8.self)
                problems.append((shown, "\(shown): name is not valid UTF-8"))
                continue
            }
            let childPath = folder + name
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            if isDirectory(entry.type, childPath) {
                if skippedFolders.contains(name) || canonical(URL(fileURLWithPath: childPath, isDirectory: true)) == excluded { continue }
                guard let children = Self.entries(of: childPath) else {
                    problems.append((childPath, "\(childPath): cannot list directory"))
                    continue
                }
                collect(children, in: childPath, relative: childRelative, into: &files, problems: &problems, excluding: excluded)
            } else if extensions.contains(URL(fileURLWithPath: childPath, isDirectory: false).pathExtension.lowercased()) {
                files.append(childRelative)
            }
        }
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
