import LabData
import LabScript

/// How a dataset's rows and columns reach a lab under its format (`set_format`): which columns
/// appear, and whether numbers become torch tensors.
struct RowFormatter {
    /// True under `type="torch"`: numbers and lists of numbers become tensors.
    let makesTensors: Bool
    /// The formatted columns; nil means all.
    let columns: [String]?
    /// Whether the other columns appear too, as plain values.
    let outputAllColumns: Bool

    /// Reading rows, columns and slices: `set_format`'s columns and `output_all_columns` apply.
    init(_ format: DatasetFormat) {
        makesTensors = ["torch", "pt"].contains(format.type)
        columns = format.columns
        outputAllColumns = format.outputAllColumns
    }

    /// What `map` and `filter` pass to a lab function: every column, formatted by the format's
    /// type regardless of its `columns`, as datasets does.
    static func callbackInput(_ format: DatasetFormat) -> RowFormatter {
        RowFormatter(makesTensors: ["torch", "pt"].contains(format.type), columns: nil, outputAllColumns: false)
    }

    private init(makesTensors: Bool, columns: [String]?, outputAllColumns: Bool) {
        self.makesTensors = makesTensors
        self.columns = columns
        self.outputAllColumns = outputAllColumns
    }

    /// A row (or, with `batch`, a record of column lists): the formatted columns, then, with
    /// `outputAllColumns`, the others as plain values.
    func row(_ record: DataRecord, batch: Bool) throws -> Value {
        let dict = PyDict()
        for (name, value) in record where columns?.contains(name) ?? true {
            if batch, case .list(let cells) = value {
                dict[string: name] = try column(cells, name)
            } else {
                dict[string: name] = try cell(value, name)
            }
        }
        if outputAllColumns {
            for (name, value) in record where dict[string: name] == nil { dict[string: name] = value.scriptValue }
        }
        return .dict(dict)
    }

    /// A column (`ds["col"]`, `ds[a:b]`): under the torch format numeric cells of one shape
    /// stack into one tensor, ragged ones become a list of tensors, as datasets consolidates them.
    func column(_ cells: [DataValue], _ name: String) throws -> Value {
        guard isTensorColumn(name), !cells.isEmpty, cells.allSatisfy(\.isNumeric) else {
            return .list(PyList(try cells.map { try cell($0, name) }))
        }
        if let stacked = try? TensorObject.make(from: DataValue.list(cells).scriptValue, dtype: nil) {
            return .native(TensorObject(stacked))
        }
        return .list(PyList(try cells.map { try cell($0, name) }))
    }

    /// One cell: under the torch format a number or list of numbers becomes a tensor (int64 for
    /// ints, float32 for floats, as `torch.tensor` infers).
    func cell(_ value: DataValue, _ name: String) throws -> Value {
        guard isTensorColumn(name), value.isNumeric else { return value.scriptValue }
        return .native(TensorObject(try TensorObject.make(from: value.scriptValue, dtype: nil)))
    }

    private func isTensorColumn(_ name: String) -> Bool {
        makesTensors && (columns?.contains(name) ?? true)
    }
}

extension DataValue {
    /// A number or a (nested) list of numbers: what the torch format turns into a tensor.
    var isNumeric: Bool {
        switch self {
        case .int, .double, .bool: return true
        case .list(let items): return !items.isEmpty && items.allSatisfy(\.isNumeric)
        default: return false
        }
    }
}
