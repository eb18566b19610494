import LabData
import LabScript

/// `dataset["name"]` as datasets 5 gives it: a view of one column of a dataset, read through the
/// dataset's current format. Indexing with an int gives one cell, with a slice or a list of ints
/// what `dataset[key]["name"]` gives (a list, or a tensor under the torch format); iterating gives
/// the cells. It prints its first five cells (`Column([1, 2, 3, 4, 5, ...])`) and equals a list
/// of the same cells, but is not a list: `+`, `append` and `json.dumps` fail on it as in Python.
final class DatasetColumn: NativeObject {
    let source: ScriptDataset
    let name: String

    /// ValueError "Column 'x' doesn't exist." when the dataset has no such column.
    init(_ source: ScriptDataset, _ name: String) throws {
        guard source.dataset.columnNames.contains(name) else { throw PyException.valueError("Column '\(name)' doesn't exist.") }
        self.source = source
        self.name = name
    }

    var pyClass: PyType { DatasetColumn.cls.type }

    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? {
        if case .str(let key) = index {
            // A plain column has no sub-columns (datasets looks `key` up in this column's feature).
            throw PyException.valueError("Column '\(key)' doesn't exist.")
        }
        guard case .dict(let selected)? = try source.getItem(index, interpreter), let value = selected[string: name] else {
            throw PyException.keyError(.str(name))
        }
        return value
    }

    func length(_ interpreter: Interpreter) throws -> Int? { source.dataset.numRows }

    /// Every cell, as iterating gives them (what functions taking a list of values read).
    func cells() throws -> [Value] {
        let next = try cellIterator()
        var out: [Value] = []
        while let cell = try next() { out.append(cell) }
        return out
    }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? { try cellIterator() }

    /// The cells one at a time, formatted as the dataset's format gives them.
    private func cellIterator() throws -> () throws -> Value? {
        let format = source.dataset.format
        if let shown = format.columns, !shown.contains(name), !format.outputAllColumns, source.dataset.numRows > 0 {
            // Rows under a format that leaves this column out have no such key.
            throw PyException.keyError(.str(name))
        }
        let formatter = RowFormatter(format)
        let column = name
        var cells = try bridged { try source.dataset.column(column) }.makeIterator()
        return { try cells.next().map { try formatter.cell($0, column) } }
    }

    /// `Column([c0, c1, c2, c3, c4, ...])`: the list of the first five cells, with `...` when
    /// there are more.
    func repr(_ interpreter: Interpreter) throws -> String {
        let head = try interpreter.call(.type(.list), [try getItem(.object(PySlice(.none, .int(5), .none)), interpreter) ?? .none])
        let text = interpreter.repr(head)
        return "Column(" + text.dropLast() + (source.dataset.numRows > 5 ? ", ...])" : "])")
    }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard op == .eq || op == .ne else { return nil }
        let mine = try interpreter.call(.type(.list), [.native(self)])
        let theirs = if case .native(let o as DatasetColumn) = other { try interpreter.call(.type(.list), [.native(o)]) } else { other }
        return .bool(try interpreter.equals(theirs, mine) == (op == .eq))
    }

    var attributeNames: [String] { ["column_name", "features", "source"] }

    func getAttribute(_ attribute: String, _ interpreter: Interpreter) throws -> Value? {
        switch attribute {
        case "column_name": return .str(name)
        case "source": return .native(source)
        case "features":
            guard let feature = source.dataset.features.first(where: { $0.0 == name })?.1 else { return nil }
            return .native(FeatureObject(feature))
        default: return nil
        }
    }

    /// The snapshot reads the snapshot of its dataset (aliasing kept by the copier).
    func snapshot(_ copier: DeepCopier) -> NativeObject {
        guard case .native(let copied as ScriptDataset) = copier.copy(.native(source)) else { return self }
        return (try? DatasetColumn(copied, name)) ?? self
    }

    /// `datasets.arrow_dataset.Column`, with the `Sequence` methods `index` and `count`.
    static let cls = NativeClass("Column", module: "datasets.arrow_dataset", methods: [
        Function("index", params: ["value", "start=0", "stop=None"]) { args in
            let column = try args.receiver(as: DatasetColumn.self)
            let cells = try ScriptArguments.sequence(.native(column), "column", args.interpreter)
            let start = try ScriptArguments.int(args["start"], "start")
            let stop = args["stop"].isNone ? cells.count : try ScriptArguments.int(args["stop"], "stop")
            let lower = start < 0 ? max(cells.count + start, 0) : start
            let upper = stop < 0 ? stop + cells.count : min(stop, cells.count)
            if lower < upper {
                for i in lower..<upper where try args.interpreter.equals(cells[i], args["value"]) { return .int(i) }
            }
            throw PyException.valueError("sequence.index(x): x not in sequence")
        },
        Function("count", params: ["value"]) { args in
            let column = try args.receiver(as: DatasetColumn.self)
            var n = 0
            for cell in try ScriptArguments.sequence(.native(column), "column", args.interpreter) where try args.interpreter.equals(cell, args["value"]) { n += 1 }
            return .int(n)
        },
    ])
}
