import Foundation
import LabData
import LabScript

/// `Dataset.to_json`/`to_csv` (the files datasets writes through pandas), and loud errors for the
/// Arrow and Parquet forms labrun does not write (`to_parquet`, `save_to_disk`, `load_from_disk`).
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

    /// The Arrow and Parquet forms: an error that names the feature and what to use instead.
    static func unsupported(_ name: String) -> Function {
        Function(name, params: ["*args", "**kwargs"]) { _ in
            throw PyException(.notImplementedError, "\(name): labrun does not write or read Arrow or Parquet files; "
                + "use to_json(path) (JSON Lines) and load_dataset(\"json\", data_files=path), which Hugging Face datasets reads too")
        }
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

    private static func write(_ text: String, _ args: Args) throws -> Value {
        guard case .str(let path) = args["path_or_buf"] else {
            throw PyException.typeError("path_or_buf must be a path (str); labrun does not write to file objects")
        }
        let data = Data(text.utf8)
        do {
            try data.write(to: URL(fileURLWithPath: (path as NSString).expandingTildeInPath))
        } catch {
            throw PyException(.fileNotFoundError, "[Errno 2] No such file or directory: '\(path)'")
        }
        return .int(data.count)
    }
}
