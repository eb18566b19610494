import CEmbeddedKit
import Foundation

/// The tiny models shipped with labrun (see `Embedded/README.md` beside this target's sources),
/// stored as Hugging Face folders `<owner>/<name>` built into the executable by the `CEmbeddedKit`
/// target, so a copied or installed `labrun` carries its models.
///
/// `$LABRUN_EMBEDDED_MODELS` (a folder laid out like `Embedded/`) wins over the built-in files.
/// Model code reads folders, so the first model loaded from the built-in kit writes the kit's files
/// once into a private temporary folder, removed when the process exits.
public enum EmbeddedKit {
    /// One built-in file: its path inside the kit (`labrun/flan-t5-tiny/config.json`) and its
    /// bytes, which live in the executable's read-only data for the whole run.
    public struct File {
        public let path: String
        public let bytes: UnsafeRawBufferPointer
    }

    /// The files built into the executable, sorted by path.
    public static let builtInFiles: [File] = {
        let table = labrun_kit_files()!
        return (0..<Int(labrun_kit_file_count())).map { index in
            let entry = table[index]
            let start = UnsafeRawPointer(entry.start!)
            return File(path: String(cString: entry.path), bytes: UnsafeRawBufferPointer(start: start, count: UnsafeRawPointer(entry.end!) - start))
        }
    }()

    /// The `$LABRUN_EMBEDDED_MODELS` folder, when set.
    static let override: URL? = locateOverride(ProcessInfo.processInfo.environment)

    /// The folder holding `<owner>/<name>` model folders: the override, else the built-in files
    /// written out (nil when they could not be written).
    public static var root: URL? { override ?? extracted }

    /// Every shipped model name (`labrun/flan-t5-tiny`, …), sorted: the override's, else the built-in ones.
    public static let modelNames: [String] = override.map(modelNames(in:)) ?? builtInModelNames

    /// The models built into the executable, sorted.
    public static let builtInModelNames: [String] = Set(builtInFiles.compactMap { file -> String? in
        let parts = file.path.split(separator: "/")
        return parts.count > 2 ? parts[0...1].joined(separator: "/") : nil
    }).sorted()

    /// The folder of a shipped model, or nil when `name` is not one.
    static func folder(named name: String) -> URL? {
        guard modelNames.contains(name), let root else { return nil }
        return root.appendingPathComponent(name, isDirectory: true)
    }

    static func locateOverride(_ environment: [String: String]) -> URL? {
        guard let override = environment["LABRUN_EMBEDDED_MODELS"], !override.isEmpty else { return nil }
        return URL(fileURLWithPath: (override as NSString).expandingTildeInPath, isDirectory: true)
    }

    private static func modelNames(in root: URL) -> [String] {
        let fm = FileManager.default
        let owners = (try? fm.contentsOfDirectory(atPath: root.path)) ?? []
        return owners.flatMap { owner -> [String] in
            let ownerFolder = root.appendingPathComponent(owner)
            let models = (try? fm.contentsOfDirectory(atPath: ownerFolder.path)) ?? []
            return models.filter { isDirectory(ownerFolder.appendingPathComponent($0)) }.map { "\(owner)/\($0)" }
        }.sorted()
    }

    /// Writes the built-in files under `folder`, keeping their paths.
    public static func write(to folder: URL) throws {
        for file in builtInFiles {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: file.bytes.baseAddress!), count: file.bytes.count,
                     deallocator: .none).write(to: url)
        }
    }

    /// The built-in files written once into a fresh temporary folder, removed at exit.
    private static let extracted: URL? = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labrun-kit-\(getpid())-\(UUID().uuidString)")
        do {
            try write(to: folder)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            return nil
        }
        extractedFolder = folder
        atexit { if let folder = EmbeddedKit.extractedFolder { try? FileManager.default.removeItem(at: folder) } }
        return folder
    }()

    nonisolated(unsafe) private static var extractedFolder: URL?

    private static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }
}
