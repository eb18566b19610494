import LabScript

/// `df.iloc` and `df.loc`: rows by position or by label (a scalar, a slice, a list or a boolean
/// mask), optionally with columns (`df.loc[mask, "col"]`, `df.iloc[:, 1]`), and assignment of
/// a value to selected cells (`df.loc[mask, "col"] = 0`).
final class FrameIndexer: NativeObject {
    static let ilocClass = NativeClass("_iLocIndexer", module: "pandas.core.indexing")
    static let locClass = NativeClass("_LocIndexer", module: "pandas.core.indexing")

    let frame: DataFrameObject
    let byLabel: Bool

    init(_ frame: DataFrameObject, byLabel: Bool) {
        self.frame = frame
        self.byLabel = byLabel
    }

    var pyClass: PyType { byLabel ? Self.locClass.type : Self.ilocClass.type }

    private func rows(_ key: Value, _ interpreter: Interpreter) throws -> FramePositions {
        byLabel ? try FramePositions.labels(key, in: frame.index, interpreter)
            : try FramePositions.positions(key, count: frame.rowCount, interpreter)
    }

    /// The columns a key names, and whether it named one column.
    private func columns(_ key: Value, _ interpreter: Interpreter) throws -> (columns: [DataFrameObject.Column], isScalar: Bool) {
        let names = frame.columns.map { Value.str($0.name) }
        let picked = byLabel ? try FramePositions.labels(key, in: names, interpreter)
            : try FramePositions.positions(key, count: frame.columns.count, interpreter)
        return (picked.rows.map { frame.columns[$0] }, picked.isScalar)
    }

    private func split(_ key: Value) throws -> (rows: Value, columns: Value?) {
        guard case .tuple(let parts) = key else { return (key, nil) }
        guard parts.count == 2 else { throw PyException(.indexError, "Too many indexers") }
        return (parts[0], parts[1])
    }

    func getItem(_ key: Value, _ interpreter: Interpreter) throws -> Value? {
        let (rowKey, columnKey) = try split(key)
        let rows = try rows(rowKey, interpreter)
        let (columns, oneColumn) = try columnKey.map { try self.columns($0, interpreter) } ?? (frame.columns, false)
        switch (rows.isScalar, oneColumn) {
        case (true, true): return PandasScalar.value(columns[0].values[rows.rows[0]])
        case (true, false): return .native(try frame.row(rows.rows[0], columns: columns, interpreter))
        case (false, true):
            return .native(SeriesObject(rows.rows.map { columns[0].values[$0] }, index: rows.rows.map { frame.index[$0] },
                                        name: columns[0].name, indexName: frame.indexName, options: frame.options))
        case (false, false):
            let selected = DataFrameObject(columns: columns, index: frame.index, indexName: frame.indexName, options: frame.options)
            return .native(selected.rows(rows.rows))
        }
    }

    func setItem(_ key: Value, _ value: Value, _ interpreter: Interpreter) throws -> Bool {
        let (rowKey, columnKey) = try split(key)
        guard let columnKey else {
            throw PyException(.notImplementedError, "setting whole rows through \(byLabel ? "loc" : "iloc") is not supported by labrun; name a column")
        }
        let rows = try rows(rowKey, interpreter).rows
        let given: [Value]
        if case .native(let s as SeriesObject) = value { given = s.values } else if let items = Convert.sequence(value) { given = items } else {
            given = Array(repeating: value, count: rows.count)
        }
        guard given.count == rows.count else {
            throw PyException.valueError("Must have equal len keys and value when setting with an iterable")
        }
        let names = byLabel ? (Convert.sequence(columnKey) ?? [columnKey]) : []
        let targets: [Int]
        if byLabel {
            targets = try names.map { name in
                let text = try Convert.text(name, interpreter)
                if let i = frame.columns.firstIndex(where: { $0.name == text }) { return i }
                frame.columns.append(DataFrameObject.Column(name: text, values: Array(repeating: .float(.nan), count: frame.rowCount)))
                return frame.columns.count - 1
            }
        } else {
            targets = try FramePositions.positions(columnKey, count: frame.columns.count, interpreter).rows
        }
        for c in targets {
            let column = frame.columns[c].values
            if column.allSatisfy({ if case .int = $0 { return true }; return false }) && given.contains(where: \.isFloat) {
                throw PyException(.notImplementedError, "writing floats into an int column (pandas would upcast it) is not supported by labrun")
            }
            let isFloatColumn = column.contains(where: \.isFloat)
            for (r, v) in zip(rows, given) {
                // pandas keeps a float column float when an int is written into it.
                if isFloatColumn, case .int(let i) = v { frame.columns[c].values[r] = .float(Double(i)) } else { frame.columns[c].values[r] = v }
            }
        }
        frame.version += 1
        return true
    }
}
