import LabData
import LabScript

/// `map` and `filter` with a lab function, shared by `Dataset` and `DatasetDict`.
enum DatasetCallbacks {
    static let mapParameters = ["function=None", "with_indices=False", "with_rank=False", "input_columns=None",
                                "batched=False", "batch_size=1000", "drop_last_batch=False", "remove_columns=None",
                                "**kwargs"]
    static let filterParameters = ["function=None", "with_indices=False", "with_rank=False", "input_columns=None",
                                   "batched=False", "batch_size=1000", "**kwargs"]

    /// `ds.map(function, with_indices=, input_columns=, batched=, batch_size=, remove_columns=)`.
    /// The function gets a row dict (or, batched, a dict of column lists) and returns a dict (or
    /// another object with `keys()` and `[]`, such as a tokenizer's encoding) of columns to set,
    /// or None.
    static func map(_ dataset: Dataset, _ args: Args, _ context: DataBridgeContext) throws -> Dataset {
        let call = try Invocation(args, dataset.format)
        let removed = try args.optional("remove_columns").map { try ScriptArguments.names($0, "remove_columns") } ?? []
        let batched = try args.bool("batched")
        let progress = DatasetProgressLine(write: context.stderr).callback
        try refuseTypingOptions(args)
        return try bridged {
            try dataset.map(batched: batched, batchSize: try batchSize(args), removeColumns: removed,
                            description: description(args, "Map"), progress: progress) { record, rows in
                guard let function = call.function else { return nil }
                let arguments = try call.arguments(record, rows, batched: batched)
                let result = try call.interpreter.call(function, arguments)
                switch result {
                case .none: return nil
                case .dict(let dict):
                    var processed = try DataRecord(scriptDict: dict)
                    // A function that updates its input in place and returns it loses the removed
                    // columns, as in datasets; a fresh dict naming one keeps it.
                    if case .dict(let input)? = arguments.first, input === dict {
                        for name in removed { processed[name] = nil }
                    }
                    return processed
                case .native, .object:
                    guard (try? call.interpreter.getAttribute(result, "keys")) != nil else { fallthrough }
                    return try mappingRecord(result, call.interpreter)
                default:
                    throw PyException.typeError("Provided `function` which is applied to all elements of table returns a variable of type \(classRepr(result)). Make sure provided `function` returns a variable of type `dict` (or a pyarrow table) to update the dataset or `None` if you are only interested in side effects.")
                }
            }
        }
    }

    /// `map(features=)` and a `writer_batch_size` other than 1000 change the types datasets gives
    /// the columns; labrun does not take them, so they are errors rather than ignored.
    private static func refuseTypingOptions(_ args: Args) throws {
        for (name, value) in args.kwargs where !value.isNone {
            if name == "features" { throw PyException(.notImplementedError, "map(features=...) is not supported by labrun") }
            if name == "writer_batch_size" {
                if case .int(1000) = value { continue }
                throw PyException(.notImplementedError, "map(writer_batch_size=...) is not supported by labrun (it writes batches of 1000 rows)")
            }
        }
    }

    /// `ds.filter(function, with_indices=, input_columns=, batched=, batch_size=)`: keeps rows whose
    /// function result is true (batched: one truth value per row).
    static func filter(_ dataset: Dataset, _ args: Args, _ context: DataBridgeContext) throws -> Dataset {
        let call = try Invocation(args, dataset.format)
        let batched = try args.bool("batched")
        let progress = DatasetProgressLine(write: context.stderr).callback
        return try bridged {
            try dataset.filter(batched: batched, batchSize: try batchSize(args), description: description(args, "Filter"),
                               progress: progress) { record, rows in
                guard let function = call.function else { return Array(repeating: true, count: rows.count) }
                let result = try call.interpreter.call(function, try call.arguments(record, rows, batched: batched))
                guard batched else { return [try call.interpreter.truthy(result)] }
                return try ScriptArguments.sequence(result, "a batched filter function's result", call.interpreter)
                    .map { try call.interpreter.truthy($0) }
            }
        }
    }

    /// A mapping object's items (a tokenizer's `BatchEncoding`) as a record: `keys()`, then
    /// `obj[key]` for each.
    private static func mappingRecord(_ mapping: Value, _ interpreter: Interpreter) throws -> DataRecord {
        let keys = try interpreter.call(try interpreter.getAttribute(mapping, "keys"), [])
        return DataRecord(try ScriptArguments.sequence(keys, "the keys of the returned mapping", interpreter).map { key in
            guard case .str(let name) = key else {
                throw PyException.typeError("dataset column names must be str, not \(key.typeName)")
            }
            return (name, try DataValue(script: try interpreter.getItem(mapping, key)))
        })
    }

    private static func batchSize(_ args: Args) throws -> Int? {
        try args.optional("batch_size").map { try ScriptArguments.int($0, "batch_size") }
    }

    private static func description(_ args: Args, _ fallback: String) -> String {
        if let (_, value) = args.kwargs.first(where: { $0.0 == "desc" }), case .str(let text) = value { return text }
        return fallback
    }

    /// `<class 'int'>`, as datasets names the offending type.
    private static func classRepr(_ value: Value) -> String { "<class '\(value.typeName)'>" }

    /// The lab function and how to pass it a row or batch.
    private struct Invocation {
        let interpreter: Interpreter
        let function: Value?
        let withIndices: Bool
        let inputColumns: [String]?
        let formatter: RowFormatter

        init(_ args: Args, _ format: DatasetFormat) throws {
            interpreter = args.interpreter
            function = args.optional("function")
            withIndices = try args.bool("with_indices")
            inputColumns = try args.optional("input_columns").map { try ScriptArguments.names($0, "input_columns") }
            formatter = RowFormatter.callbackInput(format)
        }

        /// The formatted row dict (or the `input_columns` values), then the index or indices when
        /// asked.
        func arguments(_ record: DataRecord, _ rows: Range<Int>, batched: Bool) throws -> [Value] {
            var arguments: [Value]
            if let columns = inputColumns {
                arguments = try columns.map { name in
                    guard let value = record[name] else {
                        throw PyException.valueError("Input column \(name) not in the dataset. Current columns in the dataset: \(ScriptArguments.pythonList(record.keys))")
                    }
                    if batched, case .list(let cells) = value { return try formatter.column(cells, name) }
                    return try formatter.cell(value, name)
                }
            } else {
                arguments = [try formatter.row(record, batch: batched)]
            }
            if withIndices {
                arguments.append(batched ? .list(PyList(rows.map { .int($0) })) : .int(rows.lowerBound))
            }
            return arguments
        }
    }
}
