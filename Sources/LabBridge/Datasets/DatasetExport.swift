import Foundation
import LabData
import LabScript

/// `Dataset.to_json`/`to_csv` (the files datasets writes through pandas), `save_to_disk` and
/// `load_from_disk` (datasets' Arrow folders), and `to_parquet`.
enum DatasetExport {
    static let toJSONParameters = ["path_or_buf", "batch_size=None", "num_proc=None", "storage_options=None", "**to_json_kwargs"]
    static let toCSVParameters = ["path_or_buf", "batch_size=None", "num_proc=None", "storage_options=None", "**to_csv_kwargs"]

    /// `ds.to_json(path)`: JSON Lines, one record per row; returns the number of bytes written.
    static func toJSON(_ dataset: Dataset, _ args: Args) throws -> Value {
        try refuseOptions(args, "to_json_kwargs", allowed: ["orient": "records", "lines": "True"], "to_json")
        return try write(bridged { try dataset.jsonLines() }, args)
    }

    /// `ds.to_csv(path)`: a header and one line per row, no index; returns the number of bytes written.
    static func toCSV(_ dataset: Dataset, _ args: Args) throws -> Value {
        try refuseOptions(args, "to_csv_kwargs", allowed: ["index": "False"], "to_csv")
        return try write(bridged { try dataset.csv() }, args)
    }

    static let toParquetParameters = ["path_or_buf", "batch_size=None", "storage_options=None", "**parquet_writer_kwargs"]

    /// `ds.to_parquet(path)`: one Parquet file in row groups of `batch_size` rows (1000 by default);
    /// returns the number of bytes written.
    static func toParquet(_ dataset: Dataset, _ args: Args) throws -> Value {
        guard args["storage_options"].isNone, args.kwargs.isEmpty else {
            throw PyException(.notImplementedError, "to_parquet: labrun writes uncompressed PLAIN Parquet and takes no writer options or storage_options")
        }
        let rows = args["batch_size"].isNone ? 1000 : try args.int("batch_size")
        guard rows > 0 else { throw PyException.valueError("batch_size must be positive, not \(rows)") }
        return try write(Data(try bridged { try dataset.parquet(rowsPerGroup: rows) }), args)
    }

    static let saveToDiskParameters = ["dataset_path", "max_shard_size=None", "num_shards=None", "num_proc=None", "storage_options=None"]
    static let loadFromDiskParameters = ["dataset_path", "keep_in_memory=None", "storage_options=None"]

    /// `save_to_disk(path)`: one shard per dataset, as datasets writes a dataset under 500 MB.
    static func saveToDisk(_ args: Args, _ save: (String) throws -> Void) throws -> Value {
        if !args["max_shard_size"].isNone || !(args["num_shards"].isNone || args["num_shards"].integer == 1) {
            throw PyException(.notImplementedError, "save_to_disk(max_shard_size=, num_shards=) is not supported by labrun; it writes one shard")
        }
        let path = try Self.path(args)
        try bridged { try save(path) }
        return .none
    }

    /// The `dataset_path` argument, with `~` expanded; remote file systems are refused.
    static func path(_ args: Args) throws -> String {
        guard args["storage_options"].isNone else {
            throw PyException(.notImplementedError, "storage_options is not supported by labrun; it reads and writes local folders only")
        }
        guard case .str(let path) = args["dataset_path"] else {
            throw PyException.typeError("dataset_path must be a str, not \(args["dataset_path"].typeName)")
        }
        guard !path.contains("://") else {
            throw PyException(.notImplementedError, "labrun reads and writes local folders only, not '\(path)'")
        }
        return (path as NSString).expandingTildeInPath
    }

    /// Refuses keyword options other than the defaults labrun writes (`allowed`: name → repr).
    private static func refuseOptions(_ args: Args, _ kwargs: String, allowed: [String: String], _ method: String) throws {
        guard case .dict(let given) = args[kwargs] else { return }
        for (key, value) in given.storage {
            guard case .str(let name) = key.value, let expected = allowed[name], expected == args.interpreter.repr(value) else {
                throw PyException(.notImplementedError, "Dataset.\(method)(\(args.interpreter.repr(key.value))=...) is not supported by labrun; "
                    + "it writes \(method == "to_json" ? "JSON Lines records" : "CSV without an index")")
            }
        }
    }

    private static func write(_ text: String, _ args: Args) throws -> Value { try write(Data(text.utf8), args) }

    private static func write(_ data: Data, _ args: Args) throws -> Value {
        guard case .str(let path) = args["path_or_buf"] else {
            throw PyException.typeError("path_or_buf must be a path (str); labrun does not write to file objects")
        }
        do {
            try data.write(to: URL(fileURLWithPath: (path as NSString).expandingTildeInPath))
        } catch {
            throw PyException(.fileNotFoundError, "[Errno 2] No such file or directory: '\(path)'")
        }
        return .int(data.count)
    }
}
