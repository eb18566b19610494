import LabScript
import LabTensor

/// How `Trainer` turns dataset rows into a batch: the lab's `data_collator` when given, else
/// transformers' default collation of the columns a model takes. Padding collators pad ragged
/// rows (input ids with the pad id, masks with 0, labels with -100, which the loss ignores);
/// `default_data_collator` (Trainer's default without a tokenizer) raises torch's error instead,
/// as `torch.tensor` or `torch.stack` does on rows of different lengths.
struct TrainerCollator {
    /// A script collator (called with the list of rows), or None for the default.
    let collator: Value
    let padTokenId: Int
    /// Whether a lab's collator gets rows without the columns no model takes (`remove_unused_columns`).
    var removesUnusedColumns = true
    /// Whether ragged rows are padded (`DataCollatorForSeq2Seq`, …) or refused (`default_data_collator`).
    var padsRaggedRows = true

    /// The columns the models' forward passes take, with the value ragged rows are padded with.
    var columns: [(name: String, padding: Int64)] {
        [("input_ids", Int64(padTokenId)), ("attention_mask", 0), ("labels", -100), ("decoder_input_ids", Int64(padTokenId)),
         ("decoder_attention_mask", 0), ("token_type_ids", 0)]
    }

    /// The batch for `rows` (dataset rows, each a dict of columns), as tensors by column name. A
    /// lab's collator sees the rows without the columns no model takes, as transformers'
    /// `remove_unused_columns` leaves them.
    func batch(_ rows: [Value], _ interpreter: Interpreter) throws -> [String: Tensor] {
        if !collator.isNone {
            let given = removesUnusedColumns ? rows.map(modelColumns) : rows
            return try tensors(from: interpreter.call(collator, [.list(PyList(given))]), interpreter)
        }
        let dicts = try rows.map { row -> PyDict in
            guard case .dict(let d) = row else { throw PyException.typeError("Trainer expects dataset rows to be dicts, got \(row.typeName)") }
            return d
        }
        var batch: [String: Tensor] = [:]
        for (name, padding) in columns {
            let key = name == "labels" && dicts.first?[string: "labels"] == nil && dicts.first?[string: "label"] != nil ? "label" : name
            let values = dicts.compactMap { $0[string: key] }
            guard values.count == dicts.count, !values.isEmpty else { continue }
            batch[name] = try column(values, name: name, padding: padding)
        }
        return batch
    }

    /// A dict row with only the columns a model takes (and `label`, `label_ids`); other rows as they are.
    private func modelColumns(_ row: Value) -> Value {
        guard case .dict(let d) = row else { return row }
        let kept = Set(columns.map(\.name) + ["label", "label_ids"])
        let filtered = PyDict()
        for (key, value) in d.storage {
            if case .str(let name) = key.value, kept.contains(name) { filtered.storage[key] = value }
        }
        return .dict(filtered)
    }

    /// One column: numbers become `[B]`, sequences (lists or tensors) `[B, T]`, padded to the longest.
    private func column(_ values: [Value], name: String, padding: Int64) throws -> Tensor {
        if values.allSatisfy({ $0.number != nil }) {
            let floats = values.contains { $0.isFloat }
            return try torchCall {
                floats ? try Tensor(values.map { Float($0.number!) }, shape: [values.count])
                       : try Tensor(int64: values.map { Int64($0.integer!) }, shape: [values.count])
            }
        }
        let rows = try values.map { v -> [Int64] in
            let tensor = try TensorObject.make(from: v, dtype: .int64)
            guard tensor.rank == 1 else { throw PyException.valueError("column '\(name)' holds rows of shape \(tensor.shape); expected a list of ids") }
            return tensor.toInt64Array()
        }
        if !padsRaggedRows, let ragged = rows.firstIndex(where: { $0.count != rows[0].count }) {
            if case .native(_ as TensorObject) = values[0] {
                throw PyException.runtimeError("stack expects each tensor to be equal size, but got [\(rows[0].count)] at entry 0 and [\(rows[ragged].count)] at entry \(ragged)")
            }
            throw PyException.valueError("expected sequence of length \(rows[0].count) at dim 1 (got \(rows[ragged].count))")
        }
        let length = rows.map(\.count).max() ?? 0
        let padded = rows.flatMap { $0 + Array(repeating: padding, count: length - $0.count) }
        return try torchCall { try Tensor(int64: padded, shape: [rows.count, length]) }
    }

    /// A collator's result (a dict or a BatchEncoding) as tensors by name.
    private func tensors(from result: Value, _ interpreter: Interpreter) throws -> [String: Tensor] {
        let entries: [(String, Value)]
        switch result {
        case .dict(let d): entries = d.storage.compactMap { key, value in if case .str(let s) = key.value { return (s, value) } else { return nil } }
        case .native(let encoding as BatchEncodingObject): entries = encoding.entries
        default: throw PyException.typeError("data_collator must return a dict of tensors, not \(result.typeName)")
        }
        var batch: [String: Tensor] = [:]
        for (name, value) in entries where columns.contains(where: { $0.name == name }) {
            batch[name] = try TensorObject.make(from: value, dtype: nil)
        }
        return batch
    }
}
