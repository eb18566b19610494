import Foundation

/// Models that ship inside labrun, by name: the kit's folders (`labrun/flan-t5-tiny`, …) found in
/// ``EmbeddedKit``, plus any a program registers. Resolution looks here after existing paths and
/// before the local Hugging Face cache.
public enum EmbeddedModels {
    nonisolated(unsafe) private static var folders: [String: URL] = [:]
    private static let lock = NSLock()

    /// Makes `folder` loadable as `name` (e.g. `google/flan-t5-small`).
    public static func register(name: String, folder: URL) {
        lock.lock(); defer { lock.unlock() }
        folders[name] = folder
    }

    /// The registered and shipped names, sorted.
    public static var names: [String] {
        lock.lock(); defer { lock.unlock() }
        return Set(folders.keys).union(EmbeddedKit.modelNames).sorted()
    }

    static func folder(named name: String) -> URL? {
        lock.lock(); defer { lock.unlock() }
        return folders[name] ?? EmbeddedKit.folder(named: name)
    }
}

/// Finds a model folder for a name as `from_pretrained` does, without any network access:
/// an existing path, then an embedded model, then a snapshot in the local Hugging Face cache.
public enum ModelLocator {
    /// The folder for `name`, or an error saying what was looked for and where.
    public static func resolve(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        let expanded = (name as NSString).expandingTildeInPath
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: expanded, isDirectory: &isDirectory), isDirectory.boolValue {
            return URL(fileURLWithPath: expanded, isDirectory: true)
        }
        if let embedded = EmbeddedModels.folder(named: name) { return embedded }
        let cache = hubCache(environment)
        let repo = cache.appendingPathComponent("models--" + name.replacingOccurrences(of: "/", with: "--"))
        if let snapshot = snapshot(in: repo) { return snapshot }
        throw HubError.modelNotFound(name: name, searched: ["the path \(expanded)", "the embedded models", repo.path],
                                     embedded: EmbeddedModels.names)
    }

    /// `$HF_HUB_CACHE`, else `$HF_HOME/hub`, else `$XDG_CACHE_HOME/huggingface/hub`, else `~/.cache/huggingface/hub`.
    static func hubCache(_ environment: [String: String]) -> URL {
        if let cache = environment["HF_HUB_CACHE"], !cache.isEmpty { return URL(fileURLWithPath: cache) }
        if let home = environment["HF_HOME"], !home.isEmpty { return URL(fileURLWithPath: home).appendingPathComponent("hub") }
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: NSHomeDirectory()).appendingPathComponent(".cache")
        return base.appendingPathComponent("huggingface/hub")
    }

    /// The snapshot `refs/main` points to, or else the only snapshot.
    static func snapshot(in repo: URL) -> URL? {
        let snapshots = repo.appendingPathComponent("snapshots")
        if let revision = try? String(contentsOf: repo.appendingPathComponent("refs/main"), encoding: .utf8) {
            let folder = snapshots.appendingPathComponent(revision.trimmingCharacters(in: .whitespacesAndNewlines))
            if FileManager.default.fileExists(atPath: folder.path) { return folder }
        }
        let revisions = (try? FileManager.default.contentsOfDirectory(atPath: snapshots.path)) ?? []
        return revisions.count == 1 ? snapshots.appendingPathComponent(revisions[0]) : nil
    }
}
