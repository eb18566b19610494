import Foundation
import LabData
import LabScript

/// The `datasets` module: `load_dataset`, `load_from_disk`, `Dataset`, `DatasetDict`.
enum DatasetsModule {
    static func make(_ context: DataBridgeContext) -> NativeModule {
        NativeModule("datasets", functions: [
            Function("load_dataset", params: ["path", "name=None", "data_dir=None", "data_files=None", "split=None",
                                              "field=None", "**kwargs"]) { args in
                try loadDataset(args, context)
            },
            Function("load_from_disk", params: DatasetExport.loadFromDiskParameters) { args in
                let path = try DatasetExport.path(args)
                switch try bridged({ try DiskDataset.load(path) }) {
                case .dataset(let dataset): return .native(ScriptDataset(dataset, context))
                case .dict(let dict): return .native(ScriptDatasetDict(dict, context))
                }
            },
        ], classes: [ScriptDataset.cls, ScriptDatasetDict.cls])
    }

    /// `load_dataset(path, name=None, data_files=None, split=None, field=None, **ignored)`: an
    /// embedded dataset, a local folder or file, or the `"csv"`/`"json"` builders with
    /// `data_files` as a path, a list of paths, or a dict of split names to either.
    static func loadDataset(_ args: Args, _ context: DataBridgeContext) throws -> Value {
        let path = try args.string("path")
        let files = try args.optional("data_files").map(dataFiles)
        let split = try args.optional("split").map { value -> String in
            guard case .str(let text) = value else { throw PyException.typeError("split must be a str, not \(value.typeName)") }
            return text
        }
        let field = try args.optional("field").map { _ in try args.string("field") }
        let loaded = try bridged { try DatasetLoader().load(path, dataFiles: files, split: split, field: field) }
        switch loaded {
        case .splits(let dict): return .native(ScriptDatasetDict(dict, context))
        case .single(let dataset): return .native(ScriptDataset(dataset, context))
        }
    }

    private static func dataFiles(_ value: Value) throws -> DataFiles {
        switch value {
        case .str(let path): return .path(path)
        case .dict(let dict):
            return .splits(try dict.storage.map { key, files in
                guard case .str(let split) = key.value else {
                    throw PyException.typeError("data_files keys must be split names (str), not \(key.value.typeName)")
                }
                return (split, try ScriptArguments.names(files, "data_files['\(split)']"))
            })
        default: return .paths(try ScriptArguments.names(value, "data_files"))
        }
    }
}
