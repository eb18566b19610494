import LabData
import LabScript

extension ScriptDataset {
    /// `datasets.Dataset`: its methods and properties.
    static let cls = NativeClass("Dataset", module: "datasets.arrow_dataset",
        methods: [
            method("map", DatasetCallbacks.mapParameters) { ds, args in
                .native(ds.derived(try DatasetCallbacks.map(ds.dataset, args, ds.context)))
            },
            method("filter", DatasetCallbacks.filterParameters) { ds, args in
                .native(ds.derived(try DatasetCallbacks.filter(ds.dataset, args, ds.context)))
            },
            method("select", ["indices", "**kwargs"]) { ds, args in
                let indices = try ScriptArguments.sequence(args["indices"], "indices", args.interpreter)
                    .map { try ScriptArguments.int($0, "indices") }
                return .native(ds.derived(try bridged { try ds.dataset.select(indices) }))
            },
            method("shuffle", DatasetOperations.shuffleParameters) { ds, args in
                .native(ds.derived(try DatasetOperations.shuffle(ds.dataset, seed: try DatasetOperations.seed(args, ds.context))))
            },
            method("train_test_split", ["test_size=None", "train_size=None", "shuffle=True", "stratify_by_column=None",
                                        "seed=None", "**kwargs"]) { ds, args in
                let parts = try DatasetOperations.trainTestSplit(ds.dataset, args, ds.context)
                return .native(ScriptDatasetDict(parts, ds.context))
            },
            method("set_format", DatasetOperations.setFormatParameters) { ds, args in
                try DatasetOperations.setFormat(ds, args)
                return .none
            },
            method("with_format", DatasetOperations.setFormatParameters) { ds, args in
                let copy = ds.derived(ds.dataset)
                try DatasetOperations.setFormat(copy, args)
                return .native(copy)
            },
            method("reset_format") { ds, _ in
                try ds.update { $0.resetFormat() }
                return .none
            },
            method("rename_column", ["original_column_name", "new_column_name", "**kwargs"]) { ds, args in
                .native(ds.derived(try DatasetOperations.renameColumn(ds.dataset, args)))
            },
            method("remove_columns", ["column_names", "**kwargs"]) { ds, args in
                .native(ds.derived(try DatasetOperations.removeColumns(ds.dataset, args)))
            },
            method("sort", ["column_names", "reverse=False", "**kwargs"]) { ds, args in
                .native(ds.derived(try DatasetOperations.sort(ds.dataset, args)))
            },
            method("add_column", ["name", "column", "**kwargs"]) { ds, args in
                let values = try ScriptArguments.sequence(args["column"], "column", args.interpreter).map(DataValue.init(script:))
                let name = try args.string("name")
                return .native(ds.derived(try bridged { try ds.dataset.addColumn(name, values) }))
            },
            method("to_dict") { ds, _ in ds.dataset.toDict().scriptValue },
            method("to_list") { ds, _ in .list(PyList(ds.dataset.toList().map(\.scriptValue))) },
            method("to_json", DatasetExport.toJSONParameters) { ds, args in try DatasetExport.toJSON(ds.dataset, args) },
            method("to_csv", DatasetExport.toCSVParameters) { ds, args in try DatasetExport.toCSV(ds.dataset, args) },
            method("to_parquet", DatasetExport.toParquetParameters) { ds, args in try DatasetExport.toParquet(ds.dataset, args) },
            method("save_to_disk", DatasetExport.saveToDiskParameters) { ds, args in
                try DatasetExport.saveToDisk(args) { try ds.dataset.saveToDisk($0) }
            },
        ],
        properties: [
            property("column_names") { .list(PyList($0.dataset.columnNames.map { .str($0) })) },
            property("features") { .native(FeaturesObject($0.dataset.features)) },
            property("num_rows") { .int($0.dataset.numRows) },
            property("num_columns") { .int($0.dataset.columnNames.count) },
            property("shape") { .tuple([.int($0.dataset.numRows), .int($0.dataset.columnNames.count)]) },
            property("format") { ds in
                let format = ds.dataset.format
                return ScriptArguments.dict([
                    ("type", format.type.map { .str($0) } ?? .none), ("format_kwargs", ScriptArguments.dict([])),
                    ("columns", .list(PyList((format.columns ?? ds.dataset.columnNames).map { .str($0) }))),
                    ("output_all_columns", .bool(format.outputAllColumns)),
                ])
            },
        ],
        staticMethods: constructors)

    /// `from_dict(features=)`: another dataset's `features` naming the same columns, in their order.
    private static func givenFeatures(_ args: Args, _ names: [String]) throws -> [Feature]? {
        guard let given = args.optional("features") else { return nil }
        guard case .native(let object as FeaturesObject) = given else {
            throw PyException(.notImplementedError, "Dataset.from_dict(features=...) takes another dataset's features in labrun, not \(given.typeName)")
        }
        let byName = Dictionary(object.features, uniquingKeysWith: { a, _ in a })
        return try names.map { name in
            guard let feature = byName[name] else { throw PyException.keyError(.str(name)) }
            guard object.features.count == names.count else {
                throw PyException.valueError("The features name \(object.features.count) columns but the data has \(names.count)")
            }
            return feature
        }
    }

    /// `Dataset.from_dict(mapping)` and `Dataset.from_list(rows)`.
    private static let constructors: [Function] = [
        Function("from_dict", params: ["mapping", "features=None", "info=None", "split=None"]) { args in
            guard case .dict(let mapping) = args["mapping"] else {
                throw PyException.typeError("from_dict() expects a dict of column lists, not \(args["mapping"].typeName)")
            }
            let record = try DataRecord(scriptDict: mapping)
            let columns = try record.map { name, values -> (String, [DataValue]) in
                guard case .list(let cells) = values else {
                    throw PyException.typeError("from_dict() column '\(name)' must be a list")
                }
                return (name, cells)
            }
            let features = try givenFeatures(args, columns.map(\.0))
            return .native(ScriptDataset(try bridged {
                try features.map { try Dataset(columns: columns, features: $0) } ?? Dataset(pythonColumns: columns)
            }, try DataBridgeContext.of(args.interpreter)))
        },
        Function("from_list", params: ["mapping", "features=None", "info=None", "split=None"]) { args in
            let rows = try ScriptArguments.sequence(args["mapping"], "from_list() rows", args.interpreter).map { row in
                guard case .dict(let dict) = row else {
                    throw PyException.typeError("from_list() expects a list of dicts, not a list holding \(row.typeName)")
                }
                return try DataRecord(scriptDict: dict)
            }
            guard args.optional("features") == nil else {
                throw PyException(.notImplementedError, "Dataset.from_list(features=...) is not supported by labrun; use from_dict(features=...)")
            }
            return .native(ScriptDataset(try bridged { try Dataset(pythonRows: rows) }, try DataBridgeContext.of(args.interpreter)))
        },
        Function("load_from_disk", params: DatasetExport.loadFromDiskParameters) { args in
            let path = try DatasetExport.path(args)
            return .native(ScriptDataset(try bridged { try Dataset.loadFromDisk(path) }, try DataBridgeContext.of(args.interpreter)))
        },
    ]

    /// A new dataset object sharing this one's context.
    func derived(_ dataset: Dataset) -> ScriptDataset { ScriptDataset(dataset, context) }

    private static func method(_ name: String, _ params: [String] = [],
                               _ body: @escaping (ScriptDataset, Args) throws -> Value) -> Function {
        Function(name, params: params) { args in try body(try args.receiver(as: ScriptDataset.self), args) }
    }

    private static func property(_ name: String, _ get: @escaping (ScriptDataset) -> Value) -> Property {
        Property(name) { value, _ in
            guard case .native(let ds as ScriptDataset) = value else { return .none }
            return get(ds)
        }
    }
}
