import LabData
import LabScript

/// A `datasets.DatasetDict` as a script object: named splits, each a `ScriptDataset` (so that
/// `dd["train"].set_format(...)` changes the split held here, as in Python).
final class ScriptDatasetDict: NativeObject {
    private(set) var splits: [(name: String, dataset: ScriptDataset)]
    let context: DataBridgeContext
    /// Split replacements so far; `version` adds the splits' own changes (`set_format`).
    private var replacements = 0

    init(_ dict: DatasetDict, _ context: DataBridgeContext) {
        splits = dict.splits.map { ($0.name, ScriptDataset($0.dataset, context)) }
        self.context = context
    }

    /// A dict over existing dataset objects (a loaded session's).
    init(splits: [(name: String, dataset: ScriptDataset)], _ context: DataBridgeContext) {
        self.splits = splits
        self.context = context
    }

    var pyClass: PyType { ScriptDatasetDict.cls.type }

    var datasetDict: DatasetDict { DatasetDict(splits.map { ($0.name, $0.dataset.dataset) }) }

    /// `dd["train"]`; a missing split raises KeyError with its name.
    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? {
        guard case .str(let name) = index, let split = splits.first(where: { $0.name == name }) else {
            throw PyException.keyError(index)
        }
        return .native(split.dataset)
    }

    /// `dd["name"] = dataset` replaces or appends a split.
    func setItem(_ index: Value, _ value: Value, _ interpreter: Interpreter) throws -> Bool {
        guard case .str(let name) = index, case .native(let dataset as ScriptDataset) = value else { return false }
        if let position = splits.firstIndex(where: { $0.name == name }) {
            splits[position].dataset = dataset
        } else {
            splits.append((name, dataset))
        }
        replacements += 1
        return true
    }

    func length(_ interpreter: Interpreter) throws -> Int? { splits.count }

    var version: Int { splits.reduce(replacements) { $0 + $1.dataset.version } }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        var names = splits.map(\.name).makeIterator()
        return { names.next().map { .str($0) } }
    }

    func repr(_ interpreter: Interpreter) throws -> String { datasetDict.description }

    func snapshot(_ copier: DeepCopier) -> NativeObject { ScriptDatasetDict(datasetDict, context) }

    /// A new dict with `transform` applied to every split.
    func mapped(_ transform: (Dataset) throws -> Dataset) throws -> Value {
        .native(ScriptDatasetDict(try datasetDict.mapSplits(transform), context))
    }

    /// `shuffle`'s seed for each split: `seeds={"train": 1, …}` (or one int), else `seed=`,
    /// else one draw from numpy's global state shared by all splits.
    func splitSeeds(_ args: Args) throws -> [String: UInt64] {
        if case .dict(let perSplit)? = args.optional("seeds") {
            return try Dictionary(uniqueKeysWithValues: splits.map { split in
                guard let value = perSplit[string: split.name] else { throw PyException.keyError(.str(split.name)) }
                return (split.name, try DatasetOperations.seed(value))
            })
        }
        let seed = try args.optional("seeds").map(DatasetOperations.seed) ?? DatasetOperations.seed(args, context)
        return Dictionary(uniqueKeysWithValues: splits.map { ($0.name, seed) })
    }

    /// A dict keyed by split name.
    func perSplit(_ value: (ScriptDataset) -> Value) -> Value {
        ScriptArguments.dict(splits.map { ($0.name, value($0.dataset)) })
    }
}

extension ScriptDatasetDict {
    /// `datasets.DatasetDict`: split access, and the dataset operations applied to every split.
    static let cls = NativeClass("DatasetDict", module: "datasets.dataset_dict",
        methods: [
            method("save_to_disk", DatasetExport.saveToDiskParameters) { dd, args in
                let dict = DatasetDict(dd.splits.map { ($0.name, $0.dataset.dataset) })
                return try DatasetExport.saveToDisk(args) { try dict.saveToDisk($0) }
            },
            method("map", DatasetCallbacks.mapParameters) { dd, args in
                try dd.mapped { try DatasetCallbacks.map($0, args, dd.context) }
            },
            method("filter", DatasetCallbacks.filterParameters) { dd, args in
                try dd.mapped { try DatasetCallbacks.filter($0, args, dd.context) }
            },
            method("shuffle", ["seeds=None", "seed=None", "generators=None", "**kwargs"]) { dd, args in
                let seeds = try dd.splitSeeds(args)
                return .native(ScriptDatasetDict(DatasetDict(try dd.splits.map { split in
                    (split.name, try DatasetOperations.shuffle(split.dataset.dataset, seed: seeds[split.name]!))
                }), dd.context))
            },
            method("set_format", DatasetOperations.setFormatParameters) { dd, args in
                for split in dd.splits { try DatasetOperations.setFormat(split.dataset, args) }
                return .none
            },
            method("reset_format") { dd, _ in
                for split in dd.splits { try split.dataset.update { $0.resetFormat() } }
                return .none
            },
            method("rename_column", ["original_column_name", "new_column_name"]) { dd, args in
                try dd.mapped { try DatasetOperations.renameColumn($0, args) }
            },
            method("remove_columns", ["column_names"]) { dd, args in
                try dd.mapped { try DatasetOperations.removeColumns($0, args) }
            },
            method("sort", ["column_names", "reverse=False", "**kwargs"]) { dd, args in
                try dd.mapped { try DatasetOperations.sort($0, args) }
            },
            method("keys") { dd, _ in .list(PyList(dd.splits.map { .str($0.name) })) },
            method("values") { dd, _ in .list(PyList(dd.splits.map { .native($0.dataset) })) },
            method("items") { dd, _ in .list(PyList(dd.splits.map { .tuple([.str($0.name), .native($0.dataset)]) })) },
        ],
        properties: [
            property("num_rows") { $0.perSplit { .int($0.dataset.numRows) } },
            property("column_names") { $0.perSplit { .list(PyList($0.dataset.columnNames.map { .str($0) })) } },
            property("shape") { $0.perSplit { .tuple([.int($0.dataset.numRows), .int($0.dataset.columnNames.count)]) } },
        ],
        staticMethods: [
            Function("load_from_disk", params: DatasetExport.loadFromDiskParameters) { args in
                let path = try DatasetExport.path(args)
                return .native(ScriptDatasetDict(try bridged { try DatasetDict.loadFromDisk(path) }, try DataBridgeContext.of(args.interpreter)))
            },
        ])

    private static func method(_ name: String, _ params: [String] = [],
                               _ body: @escaping (ScriptDatasetDict, Args) throws -> Value) -> Function {
        Function(name, params: params) { args in try body(try args.receiver(as: ScriptDatasetDict.self), args) }
    }

    private static func property(_ name: String, _ get: @escaping (ScriptDatasetDict) -> Value) -> Property {
        Property(name) { value, _ in
            guard case .native(let dd as ScriptDatasetDict) = value else { return .none }
            return get(dd)
        }
    }
}
