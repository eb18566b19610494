import LabScript

/// `df.groupby(key)` (a `DataFrameGroupBy`) and `df.groupby(key)[column]` (a `SeriesGroupBy`):
/// the reductions of ``GroupReduction`` per group, `size`, and `agg` with a name, a list of names
/// (on a column), a function (on a column) or a dict of column to name. Results are indexed by
/// the sorted group keys under the key column's name, as pandas indexes them.
final class GroupByObject: NativeObject {
    static let frameClass = NativeClass("DataFrameGroupBy", module: "pandas.core.groupby.generic", methods: methods + [
        Function("agg", params: ["func=None", "*args", "**kwargs"]) { a in try aggregate(a) },
        Function("aggregate", params: ["func=None", "*args", "**kwargs"]) { a in try aggregate(a) },
    ] + notSupported)
    static let seriesClass = NativeClass("SeriesGroupBy", module: "pandas.core.groupby.generic", methods: methods + [
        Function("agg", params: ["func=None", "*args", "**kwargs"]) { a in try aggregate(a) },
        Function("aggregate", params: ["func=None", "*args", "**kwargs"]) { a in try aggregate(a) },
    ] + notSupported)

    let frame: DataFrameObject
    let key: String
    let groups: PandasGroups
    /// The columns reduced: one for a SeriesGroupBy.
    let selection: [String]
    let isSeries: Bool

    init(_ frame: DataFrameObject, key: String, _ interpreter: Interpreter) throws {
        self.frame = frame
        self.key = key
        groups = try PandasGroups(keys: try frame.column(key).values, interpreter)
        selection = frame.columns.map(\.name).filter { $0 != key }
        isSeries = false
    }

    private init(_ parent: GroupByObject, selection: [String], isSeries: Bool) {
        frame = parent.frame
        key = parent.key
        groups = parent.groups
        self.selection = selection
        self.isSeries = isSeries
    }

    var pyClass: PyType { isSeries ? Self.seriesClass.type : Self.frameClass.type }

    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? {
        guard !isSeries else { throw PyException(.notImplementedError, "selecting from a SeriesGroupBy is not supported by labrun") }
        if let names = Convert.sequence(index) {
            let chosen = try names.map { try frame.column(try Convert.text($0, interpreter)).name }
            return .native(GroupByObject(self, selection: chosen, isSeries: false))
        }
        let name = try frame.column(try Convert.text(index, interpreter)).name
        return .native(GroupByObject(self, selection: [name], isSeries: true))
    }

    /// One column reduced per group.
    private func reduced(_ column: String, _ reduction: GroupReduction, _ interpreter: Interpreter) throws -> [Value] {
        let values = try frame.column(column).values
        return try groups.rows.map { rows in try reduction.apply(rows.map { values[$0] }, interpreter) }
    }

    private func series(_ values: [Value], name: String?) -> Value {
        .native(SeriesObject(values, index: groups.keys, name: name, indexName: key, options: frame.options))
    }

    private func table(_ columns: [DataFrameObject.Column]) -> Value {
        .native(DataFrameObject(columns: columns, index: groups.keys, indexName: key, options: frame.options))
    }

    /// `reduction` over the selection: a Series for a column, else a frame (`size`: a Series).
    func apply(_ reduction: GroupReduction, _ interpreter: Interpreter) throws -> Value {
        if reduction == .size {
            return series(groups.rows.map { .int($0.count) }, name: isSeries ? selection[0] : nil)
        }
        if isSeries { return series(try reduced(selection[0], reduction, interpreter), name: selection[0]) }
        return table(try selection.map { DataFrameObject.Column(name: $0, values: try reduced($0, reduction, interpreter)) })
    }

    private static let methods: [Function] = GroupReduction.allCases.map { reduction in
        Function(reduction.rawValue, params: ["*args", "**kwargs"]) { a in
            guard a.varargs.isEmpty, a.kwargs.isEmpty else {
                throw PyException(.notImplementedError, "groupby \(reduction.rawValue) with arguments is not supported by labrun")
            }
            return try a.receiver(as: GroupByObject.self).apply(reduction, a.interpreter)
        }
    }

    private static let notSupported: [Function] = ["apply", "transform", "filter", "describe", "var", "cumsum", "rank", "head", "tail"].map { name in
        Function(name, params: ["*args", "**kwargs"]) { _ in throw PyException(.notImplementedError, "GroupBy.\(name) is not supported by labrun") }
    }

    private static func reduction(_ name: Value) throws -> GroupReduction {
        guard case .str(let text) = name else {
            throw PyException(.notImplementedError, "groupby agg with \(name.typeName) is not supported by labrun; name a reduction")
        }
        guard let reduction = GroupReduction(rawValue: text) else {
            throw PyException(.notImplementedError, "groupby agg '\(text)' is not supported by labrun (supported: \(GroupReduction.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return reduction
    }

    /// `agg(func)`: a reduction's name; on a column also a list of names or a function of the group's
    /// Series; on a frame also a dict of column to reduction name.
    private static func aggregate(_ a: Args) throws -> Value {
        let g = try a.receiver(as: GroupByObject.self)
        guard a.varargs.isEmpty, a.kwargs.isEmpty else { throw PyException(.notImplementedError, "groupby agg with extra arguments is not supported by labrun") }
        let function = a["func"]
        switch function {
        case .str: return try g.apply(try reduction(function), a.interpreter)
        case .dict(let d) where !g.isSeries:
            let columns = try d.storage.map { entry -> DataFrameObject.Column in
                let name = try g.frame.column(try Convert.text(entry.key.value, a.interpreter)).name
                if Convert.sequence(entry.value) != nil {
                    throw PyException(.notImplementedError, "groupby agg with a list per column (MultiIndex columns) is not supported by labrun")
                }
                return DataFrameObject.Column(name: name, values: try g.reduced(name, try reduction(entry.value), a.interpreter))
            }
            return g.table(columns)
        case .list, .tuple:
            guard g.isSeries else { throw PyException(.notImplementedError, "groupby agg with a list on a DataFrameGroupBy (MultiIndex columns) is not supported by labrun") }
            let names = Convert.sequence(function) ?? []
            return g.table(try names.map { DataFrameObject.Column(name: try Convert.text($0, a.interpreter), values: try g.reduced(g.selection[0], try reduction($0), a.interpreter)) })
        case .function, .builtin:
            guard g.isSeries else { throw PyException(.notImplementedError, "groupby agg with a function on a DataFrameGroupBy is not supported by labrun") }
            let values = try g.frame.column(g.selection[0]).values
            let results = try g.groups.rows.map { rows -> Value in
                let group = SeriesObject(rows.map { values[$0] }, index: rows.map { g.frame.index[$0] }, name: g.selection[0], options: g.frame.options)
                // A NumPy scalar result is stored as the Python number it holds, as pandas stores it.
                let result = try a.interpreter.call(function, [.native(group)])
                if case .native(let scalar as NumPyScalar) = result { return scalar.python }
                return result
            }
            return g.series(results, name: g.selection[0])
        default:
            throw PyException(.notImplementedError, "groupby agg with \(function.typeName) on a \(g.isSeries ? "SeriesGroupBy" : "DataFrameGroupBy") is not supported by labrun")
        }
    }
}
