import Foundation
import LabScript

/// A pandas `Series`: one column of Python values with an index (integers unless a groupby or a
/// row made it), an optional name, and the index's optional name.
final class SeriesObject: NativeObject {
    /// The `Series` class of one interpreter's pandas.
    static func makeClass(_ options: PandasOptions) -> NativeClass {
        NativeClass("Series", module: "pandas",
        constructor: Function("Series", params: ["data=None", "name=None"]) { a in
            let data = a.optional("data")
            guard let values = data.map({ Convert.sequence($0) ?? DataFrameObject.items(of: $0) }) ?? [] else {
                throw PyException(.notImplementedError, "Series from \(data?.typeName ?? "None") is not supported by labrun (a list, a tuple or a 1-d array)")
            }
            return .native(SeriesObject(values, index: values.indices.map { .int($0) }, name: try a.optional("name").map { try Convert.text($0, a.interpreter) }, options: options))
        },
        methods: [
            Function("mean") { a in .float(try a.receiver(as: SeriesObject.self).numbers().mean()) },
            Function("sum") { a in
                let s = try a.receiver(as: SeriesObject.self)
                return s.values.allSatisfy { $0.integer != nil } ? .int(s.values.compactMap(\.integer).reduce(0, +)) : .float(PairwiseSum.sum(try s.numbers().values[...]))
            },
            Function("std", params: ["ddof=1"]) { a in .float(try a.receiver(as: SeriesObject.self).numbers().standardDeviation(ddof: try a.int("ddof"))) },
            Function("min") { a in try a.receiver(as: SeriesObject.self).numbers().extreme(largest: false) },
            Function("max") { a in try a.receiver(as: SeriesObject.self).numbers().extreme(largest: true) },
            Function("tolist") { a in .list(PyList(try a.receiver(as: SeriesObject.self).values)) },
            Function("items") { a in
                let s = try a.receiver(as: SeriesObject.self)
                return .list(PyList(zip(s.index, s.values).map { .tuple([$0, $1]) }))
            },
            Function("isin", params: ["values"]) { a in
                let s = try a.receiver(as: SeriesObject.self)
                guard let wanted = Convert.sequence(a["values"]) ?? DataFrameObject.items(of: a["values"]) else {
                    throw PyException.typeError("only list-like objects are allowed to be passed to isin(), you passed a `\(a["values"].typeName)`")
                }
                var table = LabelTable()
                for v in wanted { _ = try table.slot(of: v, a.interpreter) }
                let count = table.labels.count
                return .native(s.mapped(try s.values.map { v in .bool(try table.slot(of: v, a.interpreter) < count) }))
            },
            /// `shift(periods)`: values moved down (up for a negative count), NaN where none arrives;
            /// ints become floats, as the NaN makes pandas' column float64.
            Function("shift", params: ["periods=1"]) { a in
                let s = try a.receiver(as: SeriesObject.self), n = try a.int("periods"), count = s.values.count
                guard s.values.allSatisfy({ v in if case .bool = v { return false }; if case .str = v { return false }; return v.number != nil }) else {
                    throw PyException(.notImplementedError, "Series.shift of non-numeric values is not supported by labrun")
                }
                let moved: [Value] = (0..<count).map { i in
                    let source = i - n
                    guard n != 0 else { return s.values[i] }
                    return (0..<count).contains(source) ? .float(s.values[source].number ?? .nan) : .float(.nan)
                }
                return .native(s.mapped(moved))
            },
            Function("sort_index", params: ["ascending=True"]) { a in
                let s = try a.receiver(as: SeriesObject.self)
                return .native(s.picking(try PandasOrder.stableOrder(keys: [s.index], ascending: try a.bool("ascending"), a.interpreter)))
            },
            Function("idxmax") { a in try a.receiver(as: SeriesObject.self).labelOfExtreme(largest: true, a.interpreter) },
            Function("idxmin") { a in try a.receiver(as: SeriesObject.self).labelOfExtreme(largest: false, a.interpreter) },
            Function("median") { a in try GroupReduction.median.apply(try a.receiver(as: SeriesObject.self).values, a.interpreter) },
            Function("count") { a in .int(try a.receiver(as: SeriesObject.self).values.filter { !PandasGroups.isMissing($0) }.count) },
            Function("to_dict") { a in
                let s = try a.receiver(as: SeriesObject.self), result = PyDict()
                for (label, value) in zip(s.index, s.values) { try result.set(label, value) }
                return .dict(result)
            },
            /// `describe()` of numbers: the statistics of `DataFrame.describe`, as a Series.
            Function("describe") { a in
                let s = try a.receiver(as: SeriesObject.self)
                guard s.values.allSatisfy({ v in if case .str = v { return false }; if case .bool = v { return false }; return v.isNone || v.number != nil }) else {
                    throw PyException(.notImplementedError, "Series.describe of non-numeric values is not supported by labrun")
                }
                let frame = DataFrameObject(columns: [.init(name: s.name ?? "0", values: s.values)], index: s.index, options: s.options)
                guard case .native(let stats as DataFrameObject) = try DataFrameObject.describe(frame), let column = stats.columns.first else {
                    throw PyException(.notImplementedError, "Series.describe of values without numbers is not supported by labrun")
                }
                return .native(SeriesObject(column.values, index: stats.index, name: s.name, options: s.options))
            },
            Function("value_counts", params: ["normalize=False", "sort=True", "ascending=False", "bins=None", "dropna=True"]) { a in
                try a.receiver(as: SeriesObject.self).valueCounts(normalize: try a.bool("normalize"), sort: try a.bool("sort"),
                                                                   ascending: try a.bool("ascending"), a)
            },
            Function("sort_values", params: ["ascending=True"]) { a in
                let s = try a.receiver(as: SeriesObject.self)
                return .native(s.picking(try PandasOrder.stableOrder(keys: [s.values], ascending: try a.bool("ascending"), a.interpreter)))
            },
            Function("unique") { a in
                let s = try a.receiver(as: SeriesObject.self)
                var table = LabelTable()
                for v in s.values { _ = try table.slot(of: v, a.interpreter) }
                let seen = table.labels
                guard seen.allSatisfy({ $0.number != nil }) else {
                    throw PyException(.notImplementedError, "Series.unique of non-numeric values is not supported by labrun")
                }
                return .native(try NumPyModule.array(from: .list(PyList(seen))))
            },
            Function("nunique") { a in
                let s = try a.receiver(as: SeriesObject.self)
                return .int(try PandasGroups(keys: s.values, a.interpreter).keys.count)
            },
            Function("to_list") { a in .list(PyList(try a.receiver(as: SeriesObject.self).values)) },
            Function("head", params: ["n=5"]) { a in
                let s = try a.receiver(as: SeriesObject.self), n = min(max(0, try a.int("n")), s.values.count)
                return .native(s.picking(Array(0..<n)))
            },
            Function("round", params: ["decimals=0"]) { a in
                let s = try a.receiver(as: SeriesObject.self), scale = pow(10, Double(try a.int("decimals")))
                return .native(s.mapped(try s.values.map { v in
                    switch v {
                    case .float(let x): return .float((x * scale).rounded(.toNearestOrEven) / scale)
                    case .int, .bool: return v
                    default: throw PyException.typeError("Expected numeric dtype, got object instead.")
                    }
                }))
            },
            Function("apply", params: ["func", "convert_dtype=True", "args=()", "**kwargs"]) { a in
                let s = try a.receiver(as: SeriesObject.self)
                return .native(s.mapped(try s.values.map { try a.interpreter.call(a["func"], [$0]) }))
            },
            /// `progress_apply(func)`: `apply` inside a tqdm bar, once `tqdm.pandas()` has added it.
            Function("progress_apply", params: ["func", "*args", "**kwargs"]) { a in
                guard TQDMPandas.isRegistered(a.interpreter) else {
                    throw PyException(.attributeError, "'Series' object has no attribute 'progress_apply'")
                }
                let s = try a.receiver(as: SeriesObject.self)
                return .native(s.mapped(try TQDMPandas.apply(a["func"], to: s.values, a.interpreter)))
            },
        ],
        properties: [
            /// The labels as an Index when they are labels (group keys, values counted, column
            /// names); a positional index would be pandas' RangeIndex, which labrun does not track.
            Property("index") { v, _ in
                guard case .native(let s as SeriesObject) = v else { return .none }
                guard s.indexName != nil || s.index.contains(where: { if case .int = $0 { return false }; return true }) else {
                    throw PyException(.notImplementedError, "Series.index of a positional index (pandas' RangeIndex) is not supported by labrun")
                }
                return .native(IndexObject(s.index, name: s.indexName))
            },
            Property("iloc") { v, _ in
                guard case .native(let s as SeriesObject) = v else { return .none }
                return .native(SeriesPositions(s))
            },
            Property("name") { v, _ in
                guard case .native(let s as SeriesObject) = v else { return .none }
                return s.name.map { .str($0) } ?? .none
            },
            Property("values") { v, _ in
                guard case .native(let s as SeriesObject) = v else { return .none }
                return .native(try s.numbers())
            },
        ])
    }

    let values: [Value]
    let index: [Value]
    let name: String?
    /// The index's name (the grouping column of a groupby result), printed above the rows.
    let indexName: String?
    let options: PandasOptions

    init(_ values: [Value], index: [Value], name: String?, indexName: String? = nil, options: PandasOptions) {
        self.values = values
        self.index = index
        self.name = name
        self.indexName = indexName
        self.options = options
    }

    /// The Series of the elements at `positions`, keeping labels, name and index name.
    func picking(_ positions: [Int]) -> SeriesObject {
        SeriesObject(positions.map { values[$0] }, index: positions.map { index[$0] }, name: name, indexName: indexName, options: options)
    }

    var pyClass: PyType { options.seriesClass.type }

    /// A Series of `values` with this one's index and name (what `apply` returns).
    /// NumPy scalars among `values` (what `apply` may return) are stored as the Python numbers they
    /// hold, as pandas stores them in an int64 or float64 column.
    func mapped(_ values: [Value]) -> SeriesObject {
        let stored = values.map { v -> Value in if case .native(let scalar as NumPyScalar) = v { return scalar.python }; return v }
        return SeriesObject(stored, index: index, name: name, indexName: indexName, options: options)
    }

    /// The values as a NumPy array (numbers only).
    func numbers() throws -> NDArrayObject { try NumPyModule.array(from: .list(PyList(values))) }

    /// pandas' dtype name for the values.
    var dtypeName: String { SeriesObject.dtypeName(values) }

    static func dtypeName(_ values: [Value]) -> String {
        if values.allSatisfy({ if case .bool = $0 { return true }; return false }) && !values.isEmpty { return "bool" }
        if values.allSatisfy({ if case .int = $0 { return true }; return false }) { return "int64" }
        if values.allSatisfy({ if case .bool = $0 { return false }; return $0.number != nil }) { return "float64" }
        if values.allSatisfy({ if case .str = $0 { return true }; return false }) { return "str" }
        return "object"
    }

    func length(_ interpreter: Interpreter) throws -> Int? { values.count }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        var iterator = values.makeIterator()
        return { iterator.next() }
    }

    /// `s[label]` (the value), and `s[mask]`, `s[[labels]]` (a Series); slices are refused, as
    /// pandas reads them by position or by label depending on the index.
    func getItem(_ key: Value, _ interpreter: Interpreter) throws -> Value? {
        if case .object(is PySlice) = key {
            throw PyException(.notImplementedError, "slicing a Series with [] is not supported by labrun; use .iloc[] or .head()")
        }
        let isCollection: Bool = {
            if case .native(is SeriesObject) = key { return true }
            if case .native(is NDArrayObject) = key { return true }
            return Convert.sequence(key) != nil && { if case .tuple = key { return false }; return true }()
        }()
        if isCollection { return .native(picking(try FramePositions.labels(key, in: index, interpreter).rows)) }
        guard let position = try index.firstIndex(where: { try interpreter.equals($0, key) }) else { throw PyException.keyError(key) }
        return values[position]
    }

    func repr(_ interpreter: Interpreter) throws -> String {
        let cells = try ColumnFormatter(maxColumnWidth: options.maxColumnWidth).cells(values, interpreter)
        let labels = try index.map { try Convert.text($0, interpreter) }
        let labelWidth = labels.map(\.count).max() ?? 0, cellWidth = cells.map(\.count).max() ?? 0
        var lines = zip(labels, cells).map { label, cell in
            label.padding(toLength: labelWidth, withPad: " ", startingAt: 0) + "   " + String(repeating: " ", count: cellWidth - cell.count) + cell
        }
        if let indexName { lines.insert(indexName, at: 0) }
        lines.append((name.map { "Name: \($0), " } ?? "") + "dtype: \(dtypeName)")
        return lines.joined(separator: "\n")
    }

    /// Elementwise arithmetic with another Series (of the same labels) or a number. The result keeps
    /// the name when the other is a number or a Series of the same name, as pandas does.
    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value? {
        let rhs: [Value], resultName: String?
        if case .native(let s as SeriesObject) = other {
            try requireSameLabels(s, interpreter)
            rhs = s.values
            resultName = s.name == name ? name : nil
        } else if other.number != nil {
            rhs = Array(repeating: other, count: values.count)
            resultName = name
        } else {
            return nil
        }
        let results = try zip(values, rhs).map { a, b in reflected ? try SeriesObject.apply(op, b, a) : try SeriesObject.apply(op, a, b) }
        return .native(SeriesObject(results, index: index, name: resultName, indexName: indexName, options: options))
    }

    /// `~mask`: the logical not of a bool Series.
    func unaryOp(_ op: UnaryOp, _ interpreter: Interpreter) throws -> Value? {
        guard op == .invert else { return nil }
        let flipped = try values.map { v -> Value in
            guard case .bool(let b) = v else { throw PyException(.notImplementedError, "~ of a Series that is not all bools is not supported by labrun") }
            return .bool(!b)
        }
        return .native(mapped(flipped))
    }

    /// Elementwise comparison with a number, a string or a Series: a bool Series (`df["x"] > 0`).
    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        let rhs: [Value]
        if case .native(let s as SeriesObject) = other {
            guard s.values.count == values.count else { throw PyException.valueError("Can only compare identically-labeled Series objects") }
            try requireSameLabels(s, interpreter)
            rhs = s.values
        } else {
            rhs = Array(repeating: other, count: values.count)
        }
        let results = try zip(values, rhs).map { a, b -> Value in
            switch op {
            case .eq: return .bool(try interpreter.equals(a, b))
            case .ne: return .bool(!(try interpreter.equals(a, b)))
            default:
                guard let x = a.number, let y = b.number else {
                    guard case .str(let p) = a, case .str(let q) = b else {
                        throw PyException.typeError("'\(op.symbol)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
                    }
                    return .bool(op == .lt ? p < q : op == .le ? p <= q : op == .gt ? p > q : p >= q)
                }
                return .bool(op == .lt ? x < y : op == .le ? x <= y : op == .gt ? x > y : x >= y)
            }
        }
        return .native(SeriesObject(results, index: index, name: name, indexName: indexName, options: options))
    }

    /// Elementwise operations pair values by position, which is pandas' pairing by label only when
    /// both Series have the same labels in the same order; anything else is refused.
    private func requireSameLabels(_ other: SeriesObject, _ interpreter: Interpreter) throws {
        guard other.index.count == index.count, try zip(index, other.index).allSatisfy({ try interpreter.equals($0, $1) }) else {
            throw PyException(.notImplementedError, "operations between Series with different labels (pandas aligns them by label) are not supported by labrun")
        }
    }

    /// One element's `a op b` with Python's number semantics.
    private static func apply(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        guard let x = a.number, let y = b.number else { throw PyException.typeError("unsupported operand type(s) for \(op.symbol): '\(a.typeName)' and '\(b.typeName)'") }
        let integers = a.integer != nil && b.integer != nil
        switch op {
        case .add: return integers ? .int(a.integer! + b.integer!) : .float(x + y)
        case .sub: return integers ? .int(a.integer! - b.integer!) : .float(x - y)
        case .mul: return integers ? .int(a.integer! * b.integer!) : .float(x * y)
        case .truediv: return .float(x / y)
        case .floordiv:
            if integers, b.integer == 0 { throw PyException(.notImplementedError, "integer division of a Series by zero is not supported by labrun") }
            return integers ? .int(Int((x / y).rounded(.down))) : .float((x / y).rounded(.down))
        case .pow:
            if integers, let e = b.integer, e >= 0 {
                var result = 1
                for _ in 0..<e { result = result &* a.integer! }
                return .int(result)
            }
            if integers { throw PyException.valueError("Integers to negative integer powers are not allowed.") }
            return .float(Foundation.pow(x, y))
        default: throw PyException.typeError("unsupported operand type(s) for \(op.symbol): 'Series' and '\(b.typeName)'")
        }
    }
}

extension SeriesObject {
    /// `idxmax()`/`idxmin()`: the label of the first largest (smallest) value, missing values skipped.
    func labelOfExtreme(largest: Bool, _ interpreter: Interpreter) throws -> Value {
        var best: Int?
        for i in values.indices where !PandasGroups.isMissing(values[i]) {
            guard let current = best else { best = i; continue }
            if try largest ? PandasOrder.lessThan(values[current], values[i]) : PandasOrder.lessThan(values[i], values[current]) { best = i }
        }
        guard let best else { throw PyException.valueError("attempt to get \(largest ? "argmax" : "argmin") of an empty sequence") }
        return index[best]
    }

    /// `value_counts()`: how often each value occurs (None and NaN left out), most frequent first
    /// (ties in order of first appearance), named `count` (`proportion` when normalized), indexed
    /// by the values under the Series' name.
    func valueCounts(normalize: Bool, sort: Bool, ascending: Bool, _ a: Args) throws -> Value {
        guard a["bins"].isNone, try a.bool("dropna") else {
            throw PyException(.notImplementedError, "value_counts(bins=, dropna=False) is not supported by labrun")
        }
        var table = LabelTable(), counts: [Int] = []
        for v in values where !PandasGroups.isMissing(v) {
            let i = try table.slot(of: v, a.interpreter)
            if i == counts.count { counts.append(0) }
            counts[i] += 1
        }
        let distinct = table.labels
        var order = Array(distinct.indices)
        if sort { order = try PandasOrder.stableOrder(keys: [counts.map { .int($0) }], ascending: ascending, a.interpreter) }
        let total = Double(counts.reduce(0, +))
        let results: [Value] = order.map { normalize ? .float(Double(counts[$0]) / total) : .int(counts[$0]) }
        return .native(SeriesObject(results, index: order.map { distinct[$0] }, name: normalize ? "proportion" : "count",
                                    indexName: name, options: options))
    }
}

/// `series.iloc`: elements by position (`s.iloc[1]`, `s.iloc[-1]`, `s.iloc[1:3]`, `s.iloc[[0, 2]]`).
final class SeriesPositions: NativeObject {
    let series: SeriesObject

    init(_ series: SeriesObject) { self.series = series }

    var pyClass: PyType { FrameIndexer.ilocClass.type }

    func getItem(_ key: Value, _ interpreter: Interpreter) throws -> Value? {
        let positions = try FramePositions.positions(key, count: series.values.count, interpreter)
        if positions.isScalar { return PandasScalar.value(series.values[positions.rows[0]]) }
        return .native(series.picking(positions.rows))
    }
}
