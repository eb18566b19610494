import LabScript

/// A pandas `DataFrame`: named columns of Python values sharing an integer index.
final class DataFrameObject: NativeObject, MimeRepresentable {
    struct Column {
        var name: String
        var values: [Value]
    }

    var columns: [Column]
    var index: [Value]
    /// The index's name (the grouping column of a groupby result), printed under the header.
    var indexName: String?
    var version = 0
    let options: PandasOptions

    init(columns: [Column], index: [Value], indexName: String? = nil, options: PandasOptions) {
        self.columns = columns
        self.index = index
        self.indexName = indexName
        self.options = options
    }

    var pyClass: PyType { options.frameClass.type }
    var rowCount: Int { index.count }

    /// A frame from a dict of lists, a list of dicts (missing keys become None), or a list of rows
    /// (tuples or lists) named by `columns` (0, 1, … without it).
    convenience init(_ data: Value, columnNames: [String]? = nil, options: PandasOptions, _ interpreter: Interpreter) throws {
        var columns: [Column] = []
        switch data {
        case .dict(let d):
            for (key, value) in d.storage {
                let values = Convert.sequence(value) ?? {
                    if case .native(let s as SeriesObject) = value { return s.values }
                    return DataFrameObject.items(of: value)
                }()
                guard let values else { throw PyException.valueError("If using all scalar values, you must pass an index") }
                columns.append(Column(name: try Convert.text(key.value, interpreter), values: values))
            }
        case .list(let rows) where rows.items.allSatisfy({ if case .dict = $0 { return true } else { return false } }):
            var names: [String] = []
            let dicts = try rows.items.map { row -> PyDict in
                guard case .dict(let d) = row else { throw PyException.typeError("DataFrame rows must be dicts, not \(row.typeName)") }
                for key in d.keys { let name = try Convert.text(key, interpreter); if !names.contains(name) { names.append(name) } }
                return d
            }
            columns = names.map { name in Column(name: name, values: dicts.map { $0[string: name] ?? .none }) }
        case .list(let rows):
            let cells = try rows.items.map { row -> [Value] in
                guard let cells = Convert.sequence(row) else { throw PyException.typeError("DataFrame rows must be dicts, lists or tuples, not \(row.typeName)") }
                return cells
            }
            let width = cells.first?.count ?? columnNames?.count ?? 0
            guard cells.allSatisfy({ $0.count == width }) else { throw PyException.valueError("All rows must have the same length") }
            let names = columnNames ?? (0..<width).map(String.init)
            guard names.count == width else {
                throw PyException.valueError("\(names.count) columns passed, passed data had \(width) columns")
            }
            self.init(columns: names.enumerated().map { i, name in Column(name: name, values: cells.map { $0[i] }) },
                      index: (0..<cells.count).map { .int($0) }, options: options)
            return
        case .none:
            break
        default:
            throw PyException.valueError("DataFrame constructor not properly called!")
        }
        let count = columns.first?.values.count ?? 0
        guard columns.allSatisfy({ $0.values.count == count }) else { throw PyException.valueError("All arrays must be of the same length") }
        self.init(columns: columns, index: (0..<count).map { .int($0) }, options: options)
    }

    /// The elements of a 1-d array as Python values; nil for anything else.
    static func items(of value: Value) -> [Value]? {
        guard case .native(let a as NDArrayObject) = value, a.shape.count == 1, case .list(let items) = a.nestedList else { return nil }
        return items.items
    }

    func column(_ name: String) throws -> Column {
        guard let c = columns.first(where: { $0.name == name }) else { throw PyException.keyError(.str(name)) }
        return c
    }

    /// The frame with its rows reordered or filtered to `rows` (positions).
    func rows(_ rows: [Int]) -> DataFrameObject {
        DataFrameObject(columns: columns.map { c in Column(name: c.name, values: rows.map { c.values[$0] }) }, index: rows.map { index[$0] },
                        indexName: indexName, options: options)
    }

    /// Row `r` as pandas gives it (`df.iloc[r]`): a Series indexed by the column names, named by
    /// the row's label; ints become floats beside floats, and mixed kinds stay as they are (object).
    func row(_ r: Int, columns selected: [Column]? = nil, _ interpreter: Interpreter) throws -> SeriesObject {
        let chosen = selected ?? columns
        var values = chosen.map { $0.values[r] }
        let numeric = values.allSatisfy { if case .int = $0 { return true }; if case .float = $0 { return true }; return false }
        if numeric && values.contains(where: \.isFloat) { values = values.map { .float($0.number ?? .nan) } }
        return SeriesObject(values, index: chosen.map { .str($0.name) }, name: try Convert.text(index[r], interpreter), options: options)
    }

    func length(_ interpreter: Interpreter) throws -> Int? { rowCount }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        var iterator = columns.map(\.name).makeIterator()
        return { iterator.next().map { .str($0) } }
    }

    /// `df.name` for a column whose name is not a DataFrame attribute, as pandas allows.
    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        guard let c = columns.first(where: { $0.name == name }) else { return nil }
        return .native(SeriesObject(c.values, index: index, name: c.name, indexName: indexName, options: options))
    }

    func getItem(_ key: Value, _ interpreter: Interpreter) throws -> Value? {
        if case .native(let mask as SeriesObject) = key {
            guard mask.values.count == rowCount else { throw PyException.valueError("Item wrong length \(mask.values.count) instead of \(rowCount).") }
            return .native(rows(try mask.values.indices.filter { try interpreter.truthy(mask.values[$0]) }))
        }
        if let names = Convert.sequence(key) {
            return .native(DataFrameObject(columns: try names.map { try column(try Convert.text($0, interpreter)) }, index: index, options: options))
        }
        let c = try column(try Convert.text(key, interpreter))
        return .native(SeriesObject(c.values, index: index, name: c.name, indexName: indexName, options: options))
    }

    func setItem(_ key: Value, _ value: Value, _ interpreter: Interpreter) throws -> Bool {
        let name = try Convert.text(key, interpreter)
        let values: [Value]
        if case .native(let s as SeriesObject) = value { values = s.values } else if let items = Convert.sequence(value) ?? DataFrameObject.items(of: value) { values = items } else {
            values = Array(repeating: value, count: rowCount)
        }
        guard values.count == rowCount || columns.isEmpty else {
            throw PyException.valueError("Length of values (\(values.count)) does not match length of index (\(rowCount))")
        }
        if columns.isEmpty { index = values.indices.map { .int($0) } }
        if let i = columns.firstIndex(where: { $0.name == name }) { columns[i].values = values } else { columns.append(Column(name: name, values: values)) }
        version += 1
        return true
    }

    /// The rows shown: all, or the first and last halves of `display.max_rows` around a gap.
    private var shownRows: (rows: [Int], truncated: Bool) {
        guard let limit = options.maxRows, rowCount > limit else { return (Array(0..<rowCount), false) }
        return (Array(0..<limit / 2) + Array(rowCount - limit / 2..<rowCount), true)
    }

    func repr(_ interpreter: Interpreter) throws -> String {
        if columns.isEmpty { return "Empty DataFrame\nColumns: []\nIndex: []" }
        let (rows, truncated) = shownRows
        let text = try FrameLayout(self, interpreter, rows: rows, maxColumnWidth: options.maxColumnWidth).text(width: options.width)
        return truncated ? text + "\n\n[\(rowCount) rows x \(columns.count) columns]" : text
    }

    func richRepresentations(_ interpreter: Interpreter) throws -> [String: String] {
        let layout = try FrameLayout(self, interpreter, rows: shownRows.rows, maxColumnWidth: options.maxColumnWidth)
        return ["text/html": layout.html, "text/markdown": layout.markdown]
    }

    func snapshot(_ copier: DeepCopier) -> NativeObject { DataFrameObject(columns: columns, index: index, indexName: indexName, options: options) }
}
