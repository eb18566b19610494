import LabScript

/// `pandas.DataFrame`'s methods and properties.
extension DataFrameObject {
    /// The `DataFrame` class of one interpreter's pandas.
    static func makeClass(_ options: PandasOptions) -> NativeClass {
        NativeClass("DataFrame", module: "pandas",
        constructor: Function("DataFrame", params: ["data=None", "index=None", "columns=None"]) { a in
            let names = try a.optional("columns").flatMap(Convert.sequence)?.map { try Convert.text($0, a.interpreter) }
            let isRows: Bool = { if case .list(let rows) = a["data"] { return rows.items.contains { if case .dict = $0 { return false } else { return true } } }; return false }()
            let frame = try DataFrameObject(a["data"], columnNames: isRows ? names : nil, options: options, a.interpreter)
            if let names, !isRows { frame.columns = try names.map { try frame.column($0) } }
            if let labels = a.optional("index").flatMap(Convert.sequence) {
                guard labels.count == frame.rowCount else {
                    throw PyException.valueError("Length of values (\(frame.rowCount)) does not match length of index (\(labels.count))")
                }
                frame.index = labels
            }
            return .native(frame)
        },
        methods: notSupported + reductionMethods + [
            Function("head", params: ["n=5"]) { a in
                let f = try a.receiver(as: DataFrameObject.self)
                return .native(f.rows(Array(0..<min(max(0, try a.int("n")), f.rowCount))))
            },
            Function("tail", params: ["n=5"]) { a in
                let f = try a.receiver(as: DataFrameObject.self)
                return .native(f.rows(Array(max(0, f.rowCount - max(0, try a.int("n")))..<f.rowCount)))
            },
            Function("sort_values", params: ["by", "ascending=True"]) { a in try sortValues(a) },
            Function("reset_index", params: ["drop=False"]) { a in
                let f = try a.receiver(as: DataFrameObject.self)
                let reset = DataFrameObject(columns: f.columns, index: (0..<f.rowCount).map { .int($0) }, options: f.options)
                if !(try a.bool("drop")) { reset.columns.insert(Column(name: "index", values: f.index), at: 0) }
                return .native(reset)
            },
            Function("describe") { a in try describe(try a.receiver(as: DataFrameObject.self)) },
            Function("groupby", params: ["by", "sort=True", "dropna=True", "as_index=True"]) { a in
                let f = try a.receiver(as: DataFrameObject.self)
                guard try a.bool("sort"), try a.bool("dropna"), try a.bool("as_index") else {
                    throw PyException(.notImplementedError, "groupby(sort=False, dropna=False, as_index=False) is not supported by labrun")
                }
                guard case .str(let key) = a["by"] else {
                    throw PyException(.notImplementedError, "groupby by \(a["by"].typeName) (several keys or a function) is not supported by labrun; group by one column name")
                }
                return .native(try GroupByObject(f, key: key, a.interpreter))
            },
            /// `assign(name=value, ...)`: a new frame with the columns added or replaced, in order; a
            /// callable value is called with the frame built so far, as pandas calls it.
            Function("assign", params: ["**kwargs"]) { a in
                let f = try a.receiver(as: DataFrameObject.self)
                let result = DataFrameObject(columns: f.columns, index: f.index, options: f.options)
                for (name, value) in a.kwargs {
                    let given = try isFunction(value) ? a.interpreter.call(value, [.native(result)]) : value
                    _ = try result.setItem(.str(name), given, a.interpreter)
                }
                return .native(result)
            },
            Function("to_dict", params: ["orient='dict'"]) { a in
                let f = try a.receiver(as: DataFrameObject.self)
                let result = PyDict()
                for c in f.columns {
                    let inner = PyDict()
                    for (label, v) in zip(f.index, c.values) { try inner.set(label, v) }
                    try result.set(.str(c.name), .dict(inner))
                }
                return .dict(result)
            },
            Function("to_html") { a in
                let f = try a.receiver(as: DataFrameObject.self)
                return .str(try FrameLayout(f, a.interpreter, rows: Array(0..<f.rowCount), maxColumnWidth: nil).html)
            },
            Function("to_string", params: ["line_width=None"]) { a in
                let f = try a.receiver(as: DataFrameObject.self)
                return .str(try FrameLayout(f, a.interpreter, rows: Array(0..<f.rowCount), maxColumnWidth: f.options.maxColumnWidth).text(width: try a.optional("line_width").map { try Convert.int($0, "line_width") } ?? Int.max))
            },
        ],
        properties: [
            Property("iloc") { v, _ in
                guard case .native(let f as DataFrameObject) = v else { return .none }
                return .native(FrameIndexer(f, byLabel: false))
            },
            Property("loc") { v, _ in
                guard case .native(let f as DataFrameObject) = v else { return .none }
                return .native(FrameIndexer(f, byLabel: true))
            },
            Property("shape") { v, _ in
                guard case .native(let f as DataFrameObject) = v else { return .none }
                return .tuple([.int(f.rowCount), .int(f.columns.count)])
            },
            Property("columns") { v, _ in
                guard case .native(let f as DataFrameObject) = v else { return .none }
                return .native(IndexObject(f.columns.map { .str($0.name) }, name: nil))
            },
        ])
    }

    /// DataFrame methods labs reach for that labrun does not have: each raises NotImplementedError
    /// naming itself rather than an AttributeError that suggests pandas lacks it.
    private static let notSupported: [Function] = ["merge", "join", "pivot", "pivot_table", "melt", "fillna", "dropna", "drop",
                                                   "rename", "astype", "apply", "iterrows", "itertuples", "isna", "isnull",
                                                   "drop_duplicates", "set_index", "copy", "value_counts", "to_csv", "sample"].map { name in
        Function(name, params: ["*args", "**kwargs"]) { _ in
            throw PyException(.notImplementedError, "DataFrame.\(name) is not supported by labrun")
        }
    }

    /// A function or lambda (what `assign` calls with the frame).
    private static func isFunction(_ value: Value) -> Bool {
        switch value {
        case .function, .builtin: return true
        case .native(let object): return object.isCallable
        default: return false
        }
    }

    /// `sort_values(by=..., ascending=...)`: a stable sort on one or more columns.
    private static func sortValues(_ a: Args) throws -> Value {
        let f = try a.receiver(as: DataFrameObject.self)
        let names = Convert.sequence(a["by"]) ?? [a["by"]]
        let keys = try names.map { try f.column(try Convert.text($0, a.interpreter)).values }
        return .native(f.rows(try PandasOrder.stableOrder(keys: keys, ascending: try a.bool("ascending"), a.interpreter)))
    }

    /// `describe()`: count, mean, std, min, quartiles and max of the numeric columns (None counts
    /// as NaN there); NaN is left out of every statistic, as pandas leaves it out.
    static func describe(_ f: DataFrameObject) throws -> Value {
        let numeric = f.columns.filter { c in
            c.values.contains { $0.number != nil }
                && c.values.allSatisfy { $0.isNone || ($0.number != nil && { if case .bool = $0 { return false }; return true }($0)) }
        }
        let stats = try numeric.map { c -> Column in
            let present = c.values.filter { value in value.number.map { !$0.isNaN } ?? false }
            let array = try NumPyModule.array(from: .list(PyList(present)), kind: .float64)
            let sorted = array.values.sorted()
            func quantile(_ q: Double) -> Double {
                let rank = q * Double(sorted.count - 1), low = Int(rank.rounded(.down)), high = min(low + 1, sorted.count - 1)
                return sorted[low] + (sorted[high] - sorted[low]) * (rank - Double(low))
            }
            let values: [Double] = sorted.isEmpty ? [0] + Array(repeating: .nan, count: 7)
                : [Double(sorted.count), try array.mean(), sorted.count > 1 ? try array.standardDeviation(ddof: 1) : .nan,
                   sorted[0], quantile(0.25), quantile(0.5), quantile(0.75), sorted[sorted.count - 1]]
            return Column(name: c.name, values: values.map { .float($0) })
        }
        let labels = ["count", "mean", "std", "min", "25%", "50%", "75%", "max"]
        return .native(DataFrameObject(columns: stats, index: labels.map { .str($0) }, options: f.options))
    }
}
