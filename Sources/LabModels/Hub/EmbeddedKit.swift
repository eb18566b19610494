import Foundation

/// The tiny models shipped with labrun (see `Embedded/README.md` beside this target's sources),
/// stored as Hugging Face folders in the target's resource bundle under `Embedded/<owner>/<name>`.
///
/// The bundle is looked up without `Bundle.module`, whose accessor traps when the bundle is
/// missing: `$LABRUN_EMBEDDED_MODELS` (a folder laid out like `Embedded/`) wins, then the
/// resource bundle next to the running executable, then next to the executable a symlink points to.
public enum EmbeddedKit {
    /// The resource bundle's folder name, as SwiftPM names it (`<package>_<target>.resources`).
    static let bundleName = "labrun_LabModels.resources"

    /// The folder holding `<owner>/<name>` model folders, or nil when the kit is not installed.
    public static let root: URL? = locateRoot(ProcessInfo.processInfo.environment)

    /// Every shipped model name (`labrun/flan-t5-tiny`, …), sorted.
    public static let modelNames: [String] = {
        guard let root else { return [] }
        let fm = FileManager.default
        let owners = (try? fm.contentsOfDirectory(atPath: root.path)) ?? []
        return owners.flatMap { owner -> [String] in
            let ownerFolder = root.appendingPathComponent(owner)
            let models = (try? fm.contentsOfDirectory(atPath: ownerFolder.path)) ?? []
            return models.filter { isDirectory(ownerFolder.appendingPathComponent($0)) }.map { "\(owner)/\($0)" }
        }.sorted()
    }()

    /// The folder of a shipped model, or nil when `name` is not one.
    static func folder(named name: String) -> URL? {
        guard modelNames.contains(name), let root else { return nil }
        return root.appendingPathComponent(name, isDirectory: true)
    }

    static func locateRoot(_ environment: [String: String]) -> URL? {
        if let override = environment["LABRUN_EMBEDDED_MODELS"], !override.isEmpty {
            return URL(fileURLWithPath: (override as NSString).expandingTildeInPath, isDirectory: true)
        }
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let candidates = [executable.deletingLastPathComponent(),
                          executable.resolvingSymlinksInPath().deletingLastPathComponent(),
                          Bundle.main.bundleURL]
        for folder in candidates {
            let root = folder.appendingPathComponent(bundleName).appendingPathComponent("Embedded")
            if isDirectory(root) { return root }
        }
        return nil
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }
}
