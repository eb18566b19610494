import LabData
import LabScript

/// A `datasets.Dataset` as a script object. `set_format` changes it in place, as in Python;
/// every other operation returns a new object.
final class ScriptDataset: NativeObject {
    var dataset: Dataset
    let context: DataBridgeContext
    private(set) var version = 0

    init(_ dataset: Dataset, _ context: DataBridgeContext) {
        self.dataset = dataset
        self.context = context
    }

    var pyClass: PyType { ScriptDataset.cls.type }

    /// Replaces the dataset in place (`set_format`, `reset_format`).
    func update(_ change: (inout Dataset) throws -> Void) throws {
        try bridged { try change(&dataset) }
        version += 1
    }

    /// `ds[i]` (a row dict), `ds[a:b]` (a dict of column lists) or `ds["column"]` (a list).
    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? {
        switch index {
        case .str(let name):
            return try formattedColumn(try bridged { try dataset.column(name) }, name)
        case .int, .bool:
            let position = try ScriptArguments.int(index, "index")
            guard position >= -dataset.numRows && position < dataset.numRows else {
                throw PyException.indexError("Invalid key: \(position) is out of bounds for size \(dataset.numRows)")
            }
            return try formatted(try bridged { try dataset.row(position) })
        case .object(let slice as PySlice):
            let picked = try ScriptArguments.indices(of: slice, length: dataset.numRows)
            return try formatted(try bridged { try dataset.select(picked).toDict() }, batch: true)
        default:
            let indices = try ScriptArguments.sequence(index, "dataset indices", interpreter)
                .map { try ScriptArguments.int($0, "dataset indices") }
            return try formatted(try bridged { try dataset.select(indices).toDict() }, batch: true)
        }
    }

    func length(_ interpreter: Interpreter) throws -> Int? { dataset.numRows }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        var rows = dataset.examples.makeIterator()
        return { [self] in try rows.next().map { try formatted($0) } }
    }

    func repr(_ interpreter: Interpreter) throws -> String { dataset.description }

    func snapshot(_ copier: DeepCopier) -> NativeObject { ScriptDataset(dataset, context) }

    /// A row (or, with `batch`, a record of column lists) as the dataset's format shows it: the
    /// formatted columns (numbers as tensors under the torch format), then, with
    /// `output_all_columns`, the others as plain values.
    func formatted(_ record: DataRecord, batch: Bool = false) throws -> Value {
        let format = dataset.format
        let dict = PyDict()
        for (name, value) in record where format.columns?.contains(name) ?? true {
            if batch, case .list(let cells) = value {
                dict[string: name] = try formattedColumn(cells, name)
            } else {
                dict[string: name] = try formattedCell(value, name)
            }
        }
        if format.outputAllColumns {
            for (name, value) in record where dict[string: name] == nil { dict[string: name] = value.scriptValue }
        }
        return .dict(dict)
    }

    /// Whether the torch format converts this column's numbers to tensors.
    private func isTensorColumn(_ name: String) -> Bool {
        ["torch", "pt"].contains(dataset.format.type) && (dataset.format.columns?.contains(name) ?? true)
    }

    /// One cell: under the torch format a number or list of numbers becomes a tensor (int64 for
    /// ints, float32 for floats, as `torch.tensor` infers).
    private func formattedCell(_ cell: DataValue, _ column: String) throws -> Value {
        guard isTensorColumn(column), cell.isNumeric else { return cell.scriptValue }
        return .native(TensorObject(try TensorObject.make(from: cell.scriptValue, dtype: nil)))
    }

    /// A column (`ds["col"]`, `ds[a:b]`): under the torch format numeric cells of one shape
    /// stack into one tensor, ragged ones become a list of tensors, as datasets consolidates them.
    private func formattedColumn(_ cells: [DataValue], _ column: String) throws -> Value {
        guard isTensorColumn(column), !cells.isEmpty, cells.allSatisfy(\.isNumeric) else {
            return .list(PyList(try cells.map { try formattedCell($0, column) }))
        }
        if let stacked = try? TensorObject.make(from: DataValue.list(cells).scriptValue, dtype: nil) {
            return .native(TensorObject(stacked))
        }
        return .list(PyList(try cells.map { try formattedCell($0, column) }))
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
