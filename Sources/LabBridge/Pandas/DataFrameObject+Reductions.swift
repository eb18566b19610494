import LabScript

/// Column-wise reductions of a DataFrame (`df.mean()`, `df.sum()`, …): one value per column, as
/// a Series indexed by the column names (int64 when every result is an int, else float64).
/// Each column is reduced as its Series would be (numpy's pairwise sums).
extension DataFrameObject {
    enum ColumnReduction: String, CaseIterable {
        case mean, sum, max, min, std, median, count
    }

    static let reductionMethods: [Function] = ColumnReduction.allCases.map { reduction in
        Function(reduction.rawValue, params: ["axis=0", "numeric_only=False"]) { a in
            let f = try a.receiver(as: DataFrameObject.self)
            let byColumn: Bool = { if case .str("index") = a["axis"] { return true }; return a["axis"].integer == 0 }()
            guard byColumn else {
                throw PyException(.notImplementedError, "DataFrame.\(reduction.rawValue)(axis=1) is not supported by labrun")
            }
            return try f.reduced(reduction, numericOnly: try a.bool("numeric_only"), a.interpreter)
        }
    }

    func reduced(_ reduction: ColumnReduction, numericOnly: Bool, _ interpreter: Interpreter) throws -> Value {
        func isNumeric(_ c: Column) -> Bool { c.values.allSatisfy { v in if case .str = v { return false }; return v.number != nil } }
        var chosen = columns
        if reduction != .count {
            if numericOnly { chosen = columns.filter(isNumeric) } else if let text = columns.first(where: { !isNumeric($0) }) {
                throw PyException(.notImplementedError, "DataFrame.\(reduction.rawValue) over the non-numeric column '\(text.name)' is not supported by labrun; pass numeric_only=True")
            }
        }
        var results = try chosen.map { c -> Value in
            let series = SeriesObject(c.values, index: index, name: c.name, options: options)
            switch reduction {
            case .count: return .int(c.values.filter { !PandasGroups.isMissing($0) }.count)
            case .median: return try GroupReduction.median.apply(c.values, interpreter)
            default:
                return try interpreter.call(try interpreter.getAttribute(.native(series), reduction.rawValue), [])
            }
        }
        let allInts = results.allSatisfy { $0.integer != nil && !{ if case .bool = $0 { return true }; return false }($0) }
        if !allInts { results = results.map { .float($0.number ?? .nan) } }
        return .native(SeriesObject(results.map { allInts ? .int($0.integer ?? 0) : $0 }, index: chosen.map { .str($0.name) }, name: nil, options: options))
    }
}
