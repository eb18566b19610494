import Foundation
import JSONText

/// `save_to_disk` and `load_from_disk` in Hugging Face datasets' folder form: a dataset folder holds
/// `data-00000-of-00001.arrow` (an Arrow IPC stream, ``ArrowStream``), `dataset_info.json` (its
/// features) and `state.json` (its shards, fingerprint and format); a DatasetDict folder holds
/// `dataset_dict.json` (the split names) and a dataset folder per split. Loading reads data only:
/// no code runs, and shard and split names must be plain file names inside the folder.
extension Dataset {
    static let shardName = "data-00000-of-00001.arrow"

    /// Writes the dataset folder at `path` (created if needed).
    /// - Throws: `DatasetError` for columns Arrow files of labrun's types cannot hold (dicts,
    ///   tensors), or when the folder cannot be written.
    public func saveToDisk(_ path: String) throws {
        let columns = try features.map { name, feature in (name: name, type: try ArrowType(feature, column: name), values: try column(name)) }
        let metadata = "{\"info\": {\"features\": \(Self.compactJSON(features))}}"
        let stream = try ArrowStream.write(columns, rows: numRows, metadata: [("huggingface", metadata)])
        let info = "{\n  \"citation\": \"\",\n  \"description\": \"\",\n  \"features\": \(Self.prettyJSON(.dict(features), indent: 2)),\n"
            + "  \"homepage\": \"\",\n  \"license\": \"\"\n}"
        let formatColumns = format.columns.map { "[\n" + $0.map { "    " + JSONText.quoted($0, asciiOnly: true) }.joined(separator: ",\n") + "\n  ]" } ?? "null"
        let state = "{\n  \"_data_files\": [\n    {\n      \"filename\": \"\(Self.shardName)\"\n    }\n  ],\n"
            + "  \"_fingerprint\": \"\(Self.fingerprint(stream))\",\n  \"_format_columns\": \(formatColumns),\n"
            + "  \"_format_kwargs\": {},\n  \"_format_type\": \(format.type.map { JSONText.quoted($0, asciiOnly: true) } ?? "null"),\n"
            + "  \"_output_all_columns\": \(format.outputAllColumns),\n  \"_split\": null\n}"
        try Self.write([(Self.shardName, Data(stream)), ("dataset_info.json", Data(info.utf8)), ("state.json", Data(state.utf8))], into: path)
    }

    /// Reads the dataset folder at `path`, as `Dataset.load_from_disk(path)` does.
    public static func loadFromDisk(_ path: String) throws -> Dataset {
        let (info, state, dict) = (join(path, "dataset_info.json"), join(path, "state.json"), join(path, "dataset_dict.json"))
        let hasInfo = isFile(info), hasState = isFile(state)
        if !hasInfo || !hasState {
            let missing = !hasInfo && !hasState ? "No such files: '\(info)', nor '\(state)' found." : "No such file: '\(hasInfo ? state : info)'" + (isFile(dict) ? " found." : ".")
            throw DatasetError(.fileNotFound, missing + (isFile(dict)
                ? " Expected to load a `Dataset` object, but got a `DatasetDict`. Please use either `datasets.load_from_disk` or `DatasetDict.load_from_disk` instead."
                : " Expected to load a `Dataset` object but provided path is not a `Dataset`."))
        }
        guard case .dict(let stateRecord) = try readJSON(state) else { throw DatasetError.value("\(state) does not hold a JSON object") }
        guard case .list(let files)? = stateRecord["_data_files"] else { throw DatasetError.value("\(state) has no _data_files list") }
        var table: ArrowStream.Table?
        for file in files {
            guard case .dict(let entry) = file, case .string(let name)? = entry["filename"], isPlainName(name) else {
                throw DatasetError.value("\(state): each of _data_files must be {\"filename\": a file name in the folder}")
            }
            let shardPath = join(path, name)
            guard let data = FileManager.default.contents(atPath: shardPath) else { throw DatasetError(.fileNotFound, "Unable to find '\(shardPath)'") }
            let shard = try ArrowStream.read(Array(data), source: shardPath)
            if var current = table {
                guard current.columns.map(\.name) == shard.columns.map(\.name), current.columns.map(\.type) == shard.columns.map(\.type) else {
                    throw DatasetError.value("\(shardPath) has other columns than the folder's first shard")
                }
                for index in current.columns.indices { current.columns[index].values += shard.columns[index].values }
                table = current
            } else {
                table = shard
            }
        }
        guard let table else { throw DatasetError.value("\(state) lists no data files") }
        let features = table.columns.map { ($0.name, $0.type.feature) }
        try checkFeatures(features, against: try readJSON(info), file: info)
        var storage: [String: [DataValue]] = [:]
        for column in table.columns {
            guard storage.updateValue(column.values, forKey: column.name) == nil else { throw DatasetError.value("Duplicate column name '\(column.name)' in \(path)") }
        }
        return Dataset(validatedNames: table.columns.map(\.name), columns: storage, features: features,
                       numRows: table.columns.first?.values.count ?? 0, format: try format(stateRecord, file: state))
    }

    /// The features `dataset_info.json` declares must be the ones the Arrow schema holds.
    private static func checkFeatures(_ inferred: [(String, Feature)], against info: DataValue, file: String) throws {
        guard case .dict(let record) = info, case .dict(let declared)? = record["features"] else { return }
        let passed = try declared.map { name, value in (name, try feature(value, column: name, file: file)) }
        let byName = Dictionary(passed, uniquingKeysWith: { a, _ in a })
        guard passed.count == inferred.count, inferred.allSatisfy({ byName[$0.0] == $0.1 }) else {
            throw DatasetError.value("External features info don't match the dataset:\nPassed features=\(Feature.dict(passed))\n"
                + "Inferred features from dataset=\(Feature.dict(inferred))")
        }
    }

    /// A feature as dataset_info.json writes it (`{"dtype": "int64", "_type": "Value"}`, `{"feature": …, "_type": "List"}`).
    private static func feature(_ value: DataValue, column: String, file: String) throws -> Feature {
        guard case .dict(let record) = value, case .string(let type)? = record["_type"] else {
            throw DatasetError(.notImplemented, "\(file): column '\(column)' is a dict of features (an Arrow struct), which labrun does not read")
        }
        switch (type, record["dtype"], record["feature"]) {
        case ("Value", .string(let dtype)?, _) where ArrowType.scalars[dtype] != nil:
            return .value(dtype)
        case ("List", _, let item?) where record["length"] == nil || record["length"] == .int(-1),
             ("Sequence", _, let item?) where record["length"] == nil || record["length"] == .int(-1):
            return .sequence(try feature(item, column: column, file: file))
        case ("LargeList", _, let item?):
            return .largeList(try feature(item, column: column, file: file))
        default:
            let what = record["dtype"]?.stringValue.map { "\(type)('\($0)')" } ?? (record["length"].map { "\(type) of length \($0)" } ?? type)
            throw DatasetError(.notImplemented, "\(file): column '\(column)' is \(what), which labrun does not read; "
                + "it reads Value of numbers, bools, strings and nulls, and List and LargeList of them")
        }
    }

    private static func format(_ state: DataRecord, file: String) throws -> DatasetFormat {
        if case .dict(let kwargs)? = state["_format_kwargs"], !kwargs.isEmpty {
            throw DatasetError(.notImplemented, "\(file): labrun does not restore a format with options (_format_kwargs \(pythonList(kwargs.keys)))")
        }
        let columns = state["_format_columns"]?.listValue.map { $0.compactMap(\.stringValue) }
        let outputAll: Bool = { if case .bool(true)? = state["_output_all_columns"] { return true } else { return false } }()
        return DatasetFormat(type: state["_format_type"]?.stringValue, columns: columns, outputAllColumns: outputAll)
    }

    // MARK: JSON as datasets writes it

    /// `json.dumps(features)`: `{"a": {"dtype": "int64", "_type": "Value"}}`.
    static func compactJSON(_ features: [(String, Feature)]) -> String {
        func json(_ feature: Feature) -> String {
            switch feature {
            case .sequence(let item): return "{\"feature\": \(json(item)), \"_type\": \"List\"}"
            case .largeList(let item): return "{\"feature\": \(json(item)), \"_type\": \"LargeList\"}"
            case .dict(let fields): return compactJSON(fields)
            case .value(let dtype): return "{\"dtype\": \"\(dtype)\", \"_type\": \"Value\"}"
            case .opaque: return "{\"dtype\": \"binary\", \"_type\": \"Value\"}"
            }
        }
        return "{" + features.map { JSONText.quoted($0.0, asciiOnly: true) + ": " + json($0.1) }.joined(separator: ", ") + "}"
    }

    /// `json.dumps(features, indent=2)`, nested `indent` spaces deep.
    static func prettyJSON(_ feature: Feature, indent: Int) -> String {
        let inner = String(repeating: " ", count: indent + 2), closing = String(repeating: " ", count: indent)
        let entries: [(String, String)]
        switch feature {
        case .dict(let fields):
            guard !fields.isEmpty else { return "{}" }
            entries = fields.map { (JSONText.quoted($0.0, asciiOnly: true), prettyJSON($0.1, indent: indent + 2)) }
        case .sequence(let item): entries = [("\"feature\"", prettyJSON(item, indent: indent + 2)), ("\"_type\"", "\"List\"")]
        case .largeList(let item): entries = [("\"feature\"", prettyJSON(item, indent: indent + 2)), ("\"_type\"", "\"LargeList\"")]
        case .value(let dtype): entries = [("\"dtype\"", "\"\(dtype)\""), ("\"_type\"", "\"Value\"")]
        case .opaque: entries = [("\"dtype\"", "\"binary\""), ("\"_type\"", "\"Value\"")]
        }
        return "{\n" + entries.map { inner + $0.0 + ": " + $0.1 }.joined(separator: ",\n") + "\n" + closing + "}"
    }

    /// 16 hex digits (FNV-1a) of the Arrow bytes, in the place of datasets' random fingerprint.
    static func fingerprint(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    // MARK: Files

    static func write(_ files: [(String, Data)], into folder: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (name, data) in files { try data.write(to: URL(fileURLWithPath: join(folder, name))) }
        } catch {
            throw DatasetError(.fileNotFound, "[Errno 2] No such file or directory: '\(folder)' (\(error.localizedDescription))")
        }
    }

    static func readJSON(_ path: String) throws -> DataValue {
        guard let data = FileManager.default.contents(atPath: path) else { throw DatasetError(.fileNotFound, "Unable to read '\(path)'") }
        return try DataValue.readJSON(String(decoding: data, as: UTF8.self), fileName: (path as NSString).lastPathComponent)
    }

    static func isFile(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && !folder.boolValue
    }

    /// A file or split name that stays inside its folder.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\\") && !name.contains("\0")
    }

    static func join(_ folder: String, _ name: String) -> String { folder.hasSuffix("/") ? folder + name : folder + "/" + name }
}

extension DatasetDict {
    /// Writes `dataset_dict.json` and a dataset folder per split under `path`.
    public func saveToDisk(_ path: String) throws {
        for name in keys where !Dataset.isPlainName(name) {
            throw DatasetError.value("save_to_disk: the split name '\(name)' cannot be a folder name")
        }
        let names = "{\"splits\": [" + keys.map { JSONText.quoted($0, asciiOnly: true) }.joined(separator: ", ") + "]}"
        try Dataset.write([("dataset_dict.json", Data(names.utf8))], into: path)
        for split in splits { try split.dataset.saveToDisk(Dataset.join(path, split.name)) }
    }

    /// Reads a DatasetDict folder, as `DatasetDict.load_from_disk(path)` does.
    public static func loadFromDisk(_ path: String) throws -> DatasetDict {
        let dict = Dataset.join(path, "dataset_dict.json")
        guard Dataset.isFile(dict) else {
            let isDataset = Dataset.isFile(Dataset.join(path, "dataset_info.json")) && Dataset.isFile(Dataset.join(path, "state.json"))
            throw DatasetError(.fileNotFound, "No such file: '\(dict)'. Expected to load a `DatasetDict` object, "
                + (isDataset ? "but got a `Dataset`. Please use either `datasets.load_from_disk` or `Dataset.load_from_disk` instead."
                             : "but provided path is not a `DatasetDict`."))
        }
        guard case .dict(let record) = try Dataset.readJSON(dict), case .list(let names)? = record["splits"] else {
            throw DatasetError.value("\(dict) has no \"splits\" list")
        }
        return DatasetDict(try names.map { value in
            guard case .string(let name) = value, Dataset.isPlainName(name) else {
                throw DatasetError.value("\(dict): each split must be a folder name in \(path)")
            }
            return (name, try Dataset.loadFromDisk(Dataset.join(path, name)))
        })
    }
}

/// What `datasets.load_from_disk(path)` returns.
public enum DiskDataset {
    case dataset(Dataset)
    case dict(DatasetDict)

    /// A Dataset folder (dataset_info.json and state.json) or a DatasetDict folder (dataset_dict.json).
    public static func load(_ path: String) throws -> DiskDataset {
        var folder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &folder) else {
            throw DatasetError(.fileNotFound, "Directory \(path) not found")
        }
        if Dataset.isFile(Dataset.join(path, "dataset_info.json")) && Dataset.isFile(Dataset.join(path, "state.json")) {
            return .dataset(try Dataset.loadFromDisk(path))
        }
        if Dataset.isFile(Dataset.join(path, "dataset_dict.json")) { return .dict(try DatasetDict.loadFromDisk(path)) }
        throw DatasetError(.fileNotFound, "Directory \(path) is neither a `Dataset` directory nor a `DatasetDict` directory.")
    }
}
