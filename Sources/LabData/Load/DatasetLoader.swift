import Foundation
import JSONText

/// `load_dataset(path, data_files=, split=, field=)` without network access.
///
/// `path` may be a builder name (`"csv"`, `"json"`) with `dataFiles`, an embedded dataset name
/// (`EmbeddedDatasets`), a local folder of per-split files, a local file, or a Hugging Face name
/// whose raw files sit in the local cache (`$HF_HOME/hub/datasets--owner--name/snapshots/…`).
public struct DatasetLoader {
    /// Environment variables used to find the cache (`HF_HOME`, `HF_DATASETS_CACHE`,
    /// `XDG_CACHE_HOME`, `HOME`), as huggingface_hub and datasets resolve it.
    public var environment: [String: String]
    /// Relative paths are resolved against this folder.
    public var workingDirectory: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.environment = environment
        self.workingDirectory = workingDirectory
    }

    public func load(_ path: String, dataFiles: DataFiles? = nil, split: String? = nil, field: String? = nil) throws -> LoadedDataset {
        let splits = try loadSplits(path, dataFiles: dataFiles, field: field)
        guard let split = split else { return .splits(splits) }
        return .single(try SplitSelection(split).apply(to: splits))
    }

    private func loadSplits(_ path: String, dataFiles: DataFiles?, field: String?) throws -> DatasetDict {
        if path == "parquet" {
            throw DatasetError(.notImplemented, "load_dataset(\"parquet\"): labrun writes Parquet (to_parquet) but does not read it; "
                + "use save_to_disk/load_from_disk or JSON Lines")
        }
        if ["csv", "json"].contains(path) {
            guard let dataFiles = dataFiles else {
                throw DatasetError.value("load_dataset(\"\(path)\") needs data_files=: a path, a list of paths or a dict of split names to paths")
            }
            return try loadFiles(dataFiles.bySplit, field: field)
        }
        if let dataFiles = dataFiles {
            return try loadFiles(dataFiles.bySplit.map { ($0.0, $0.1.map { join(path, $0) }) }, field: field)
        }
        if let embedded = try EmbeddedDatasets.load(path) { return embedded }
        let local = absolute(path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: local, isDirectory: &isFolder) {
            return isFolder.boolValue ? try loadFolder(local, field: field) : try loadFiles([("train", [local])], field: field)
        }
        for folder in cacheSnapshotFolders(path) where FileManager.default.fileExists(atPath: folder) {
            return try loadFolder(folder, field: field)
        }
        let arrowCache = FileManager.default.fileExists(atPath: cacheFolders(path)[1])
            ? " (the second exists but holds Arrow files, which labrun does not read)" : ""
        throw DatasetError(.fileNotFound, "Couldn't find a dataset named '\(path)'. Looked at: the local path '\(local)'; "
            + "the embedded datasets \(pythonList(EmbeddedDatasets.names)); the Hugging Face cache folders "
            + "\(pythonList(cacheFolders(path)))\(arrowCache). labrun does not download datasets; pass data_files= or a local folder.")
    }

    private func loadFiles(_ splits: [(String, [String])], field: String?) throws -> DatasetDict {
        DatasetDict(try splits.map { name, paths in
            let parts = try paths.flatMap { try expand(absolute($0)) }.map { try loadFile($0, field: field) }
            return (name, parts.count == 1 ? parts[0] : try Dataset.concatenate(parts))
        })
    }

    /// Expands a `*` in the file-name part of a path into the matching files, sorted.
    private func expand(_ path: String) throws -> [String] {
        guard path.contains("*") else { return [path] }
        let folder = (path as NSString).deletingLastPathComponent
        let pattern = (path as NSString).lastPathComponent
        let matches = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { Self.matches($0, pattern) }.sorted().map { join(folder, $0) }
        guard !matches.isEmpty else { throw DatasetError(.fileNotFound, "Unable to find '\(path)'") }
        return matches
    }

    private static func matches(_ name: String, _ pattern: String) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        guard name.hasPrefix(parts[0]), name.hasSuffix(parts.last!), name.count >= parts[0].count + parts.last!.count else { return false }
        var rest = Substring(name.dropFirst(parts[0].count).dropLast(parts.last!.count))
        for part in parts.dropFirst().dropLast() where !part.isEmpty {
            guard let range = rest.range(of: part) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }

    func loadFile(_ path: String, field: String?) throws -> Dataset {
        guard FileManager.default.fileExists(atPath: path) else { throw DatasetError(.fileNotFound, "Unable to find '\(path)'") }
        guard let data = FileManager.default.contents(atPath: path) else { throw DatasetError(.fileNotFound, "Unable to read '\(path)'") }
        // As pandas and json.load do, invalid UTF-8 is an error, not replacement characters.
        if let failure = UTF8Decoding.firstFailure(Array(data)) { throw DatasetError(.unicodeDecodeError, failure.message) }
        let text = String(decoding: data, as: UTF8.self)
        let name = (path as NSString).lastPathComponent
        switch (path as NSString).pathExtension.lowercased() {
        case "csv": return try CSVTable.dataset(text: text, fileName: name)
        case "json", "jsonl": return try JSONTable.dataset(text: text, fileName: name, field: field)
        default: throw DatasetError.value("Unsupported data file '\(name)': labrun reads .csv, .json and .jsonl files")
        }
    }

    /// A folder's data files grouped by the split their names suggest (top level and `data/`);
    /// files that name no split all go to `train`.
    private func loadFolder(_ folder: String, field: String?) throws -> DatasetDict {
        let files = ["", "data"].flatMap { sub -> [String] in
            let directory = sub.isEmpty ? folder : join(folder, sub)
            return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
                .filter { ["csv", "json", "jsonl"].contains(($0 as NSString).pathExtension.lowercased()) }
                .map { join(directory, $0) }
        }
        guard !files.isEmpty else {
            throw DatasetError(.fileNotFound, "The folder '\(folder)' has no .csv, .json or .jsonl files")
        }
        var grouped: [(String, [String])] = []
        for (split, keywords) in Self.splitKeywords {
            let matching = files.filter { file in keywords.contains { Self.names(file, split: $0) } }
            if !matching.isEmpty { grouped.append((split, matching)) }
        }
        return try loadFiles(grouped.isEmpty ? [("train", files)] : grouped, field: field)
    }

    private static let splitKeywords: [(String, [String])] = [
        ("train", ["train", "training"]), ("validation", ["validation", "valid", "val", "dev"]),
        ("test", ["test", "testing", "eval", "evaluation"]),
    ]

    /// Whether a file name says it belongs to `split` (`train.csv`, `train-00000.csv`, `dialogsum.train.jsonl`).
    private static func names(_ path: String, split keyword: String) -> Bool {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
        let words = stem.split { "-_. ".contains($0) }.map(String.init)
        return words.contains(keyword)
    }

    private func cacheFolders(_ name: String) -> [String] {
        let cache = environment["XDG_CACHE_HOME"] ?? join(environment["HOME"] ?? NSHomeDirectory(), ".cache")
        let home = environment["HF_HOME"] ?? join(cache, "huggingface")
        let datasetsCache = environment["HF_DATASETS_CACHE"] ?? join(home, "datasets")
        return [join(home, "hub/datasets--" + name.replacingOccurrences(of: "/", with: "--")),
                join(datasetsCache, name.replacingOccurrences(of: "/", with: "___"))]
    }

    /// Snapshot folders of the hub cache, which hold a dataset repository's raw files.
    private func cacheSnapshotFolders(_ name: String) -> [String] {
        let snapshots = join(cacheFolders(name)[0], "snapshots")
        return ((try? FileManager.default.contentsOfDirectory(atPath: snapshots)) ?? []).sorted().map { join(snapshots, $0) }
    }

    private func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : join(workingDirectory, path)
    }

    private func join(_ folder: String, _ name: String) -> String {
        name.hasPrefix("/") ? name : (folder as NSString).appendingPathComponent(name)
    }
}
