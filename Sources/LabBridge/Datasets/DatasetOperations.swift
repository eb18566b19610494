import LabData
import LabScript

/// The dataset operations `Dataset` and `DatasetDict` both offer, read from script arguments.
enum DatasetOperations {
    static let shuffleParameters = ["seed=None", "generator=None", "**kwargs"]
    static let setFormatParameters = ["type=None", "columns=None", "output_all_columns=False", "**format_kwargs"]

    /// `shuffle(seed=)`, the seed already resolved with `seed(_:_:)`.
    static func shuffle(_ dataset: Dataset, seed: UInt64) throws -> Dataset {
        try bridged { try dataset.shuffle(seed: seed) }
    }

    /// The `seed=` argument, or, when it is None, a seed drawn from numpy's global state (as
    /// datasets does for `shuffle` and `train_test_split`).
    static func seed(_ args: Args, _ context: DataBridgeContext) throws -> UInt64 {
        guard let value = args.optional("seed") else {
            // datasets: the state word at numpy's position, then one `np.random.random()`.
            let seed = context.random.numpy.currentWord
            _ = context.random.numpy.nextDouble()
            return UInt64(seed)
        }
        return try seed(value)
    }

    /// A seed given as a non-negative int.
    static func seed(_ value: Value) throws -> UInt64 {
        let seed = try ScriptArguments.int(value, "seed")
        guard seed >= 0 else { throw PyException.valueError("Seed must be between 0 and 2**32 - 1") }
        return UInt64(seed)
    }

    /// `set_format(type=, columns=, output_all_columns=)`, in place.
    static func setFormat(_ target: ScriptDataset, _ args: Args) throws {
        let type: String? = try args.optional("type").map { value in
            guard case .str(let name) = value else { throw PyException.typeError("type must be a str or None, not \(value.typeName)") }
            return name
        }
        let columns = try args.optional("columns").map { try ScriptArguments.names($0, "columns") }
        let all = try args.bool("output_all_columns")
        try target.update { try $0.setFormat(type: type, columns: columns, outputAllColumns: all) }
    }

    static func renameColumn(_ dataset: Dataset, _ args: Args) throws -> Dataset {
        let original = try args.string("original_column_name"), new = try args.string("new_column_name")
        return try bridged { try dataset.renameColumn(original, to: new) }
    }

    static func removeColumns(_ dataset: Dataset, _ args: Args) throws -> Dataset {
        let names = try ScriptArguments.names(args["column_names"], "column_names")
        return try bridged { try dataset.removeColumns(names) }
    }

    /// `sort(column_names, reverse=False)` on one column (a str or a one-element list).
    static func sort(_ dataset: Dataset, _ args: Args) throws -> Dataset {
        let names = try ScriptArguments.names(args["column_names"], "column_names")
        guard names.count == 1 else { throw PyException.valueError("sort takes exactly one column name, got \(names.count)") }
        let reverse = try args.bool("reverse")
        return try bridged { try dataset.sort(names[0], reverse: reverse) }
    }

    /// `train_test_split(test_size=, train_size=, shuffle=True, seed=)`.
    static func trainTestSplit(_ dataset: Dataset, _ args: Args, _ context: DataBridgeContext) throws -> DatasetDict {
        let test = try splitSize(args["test_size"], "test_size"), train = try splitSize(args["train_size"], "train_size")
        let shuffle = try args.bool("shuffle")
        let seed = shuffle ? try self.seed(args, context) : 0
        return try bridged { try dataset.trainTestSplit(testSize: test, trainSize: train, shuffle: shuffle, seed: seed) }
    }

    private static func splitSize(_ value: Value, _ name: String) throws -> SplitSize? {
        switch value {
        case .none: return nil
        case .int(let count): return .count(count)
        case .float(let fraction): return .fraction(fraction)
        default: throw PyException.typeError("\(name) must be an int, a float or None, not \(value.typeName)")
        }
    }
}
