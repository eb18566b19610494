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

    /// `ds[i]` (a row dict), `ds[a:b]` (a dict of column lists) or `ds["column"]` (a Column).
    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? {
        switch index {
        case .str(let name):
            return .native(try DatasetColumn(self, name))
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

    /// A row (or, with `batch`, a record of column lists) as the dataset's format shows it.
    func formatted(_ record: DataRecord, batch: Bool = false) throws -> Value {
        try RowFormatter(dataset.format).row(record, batch: batch)
    }
}
