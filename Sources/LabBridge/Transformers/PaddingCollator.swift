import LabScript
import LabTensor
import LabTokenizers

/// transformers' `DataCollatorWithPadding(tokenizer, padding=True, max_length=None,
/// pad_to_multiple_of=None, return_tensors='pt')`: `tokenizer.pad` on a list of rows, then
/// `label` or `label_ids` renamed `labels` (moved last). Only the tokenizer's columns are padded
/// (`input_ids` with the pad id, `attention_mask` with 0, `token_type_ids` with 0,
/// `special_tokens_mask` with 1), and a mask is added after the rows' columns when they have none.
/// Every other column, labels included, becomes a tensor as it is, so ragged labels (or rows
/// longer than `max_length`) are BatchEncoding's ValueError, as in transformers.
final class PaddingCollatorObject: CallableNative {
    let tokenizer: TokenizerObject
    let padding: HFTokenizer.PaddingStrategy
    let maxLength: Int?
    let padToMultipleOf: Int?

    init(tokenizer: TokenizerObject, padding: HFTokenizer.PaddingStrategy, maxLength: Int?, padToMultipleOf: Int?) {
        self.tokenizer = tokenizer
        self.padding = padding
        self.maxLength = maxLength
        self.padToMultipleOf = padToMultipleOf
    }

    var pyClass: PyType { PaddingCollatorObject.cls.type }

    static let cls = NativeClass("DataCollatorWithPadding", module: "transformers.data.data_collator",
        constructor: Function("DataCollatorWithPadding", params: ["tokenizer", "padding=True", "max_length=None",
                                                                  "pad_to_multiple_of=None", "return_tensors='pt'"]) { a in
            guard case .native(let tokenizer as TokenizerObject) = a["tokenizer"] else {
                throw PyException.typeError("DataCollatorWithPadding needs a tokenizer, not \(a["tokenizer"].typeName)")
            }
            guard case .str("pt") = a["return_tensors"] else {
                throw PyException.valueError("DataCollatorWithPadding(return_tensors=\(a.interpreter.repr(a["return_tensors"]))) is not supported by labrun; only 'pt' is")
            }
            let maxLength = a["max_length"].isNone ? nil : try Convert.int(a["max_length"], "max_length")
            let multiple = a["pad_to_multiple_of"].isNone ? nil : try Convert.int(a["pad_to_multiple_of"], "pad_to_multiple_of")
            return .native(PaddingCollatorObject(tokenizer: tokenizer, padding: try TokenizerObject.padding(a["padding"]),
                                                 maxLength: maxLength, padToMultipleOf: multiple))
        },
        methods: [Function("__call__", params: ["features"]) { a in
            guard let rows = Convert.sequence(try a.interpreter.call(.type(PyType.list), [a["features"]])) else { return .none }
            return try a.receiver(as: PaddingCollatorObject.self).collate(rows, a.interpreter)
        }])

    /// The batch for `rows` (dicts or BatchEncodings of the same keys) as a BatchEncoding of tensors.
    func collate(_ rows: [Value], _ interpreter: Interpreter) throws -> Value {
        guard let first = rows.first else { throw PyException.indexError("list index out of range") }
        let keys = try Self.entries(first).map(\.0)
        var columns = try keys.map { key in (key, try rows.map { row -> Value in
            guard let value = try Self.entries(row).first(where: { $0.0 == key })?.1 else { throw PyException.keyError(.str(key)) }
            return value
        }) }
        guard let ids = columns.first(where: { $0.0 == "input_ids" })?.1 else {
            throw PyException.valueError("You should supply an encoding or a list of encodings to this method that includes input_ids, but you provided \(interpreter.repr(.list(PyList(keys.map { .str($0) }))))")
        }
        let padded = try tokenizer.tokenizer.pad(try encodings(ids, columns), padding: padding, maxLength: maxLength,
                                                 padToMultipleOf: padToMultipleOf)
        func list(_ rows: [[Int]]) -> [Value] { rows.map { .list(PyList($0.map { .int($0) })) } }
        if !keys.contains("attention_mask") { columns.append(("attention_mask", [])) }
        columns = columns.map { key, values in
            switch key {
            case "input_ids": return (key, list(padded.map(\.ids)))
            case "attention_mask": return (key, list(padded.map(\.attentionMask)))
            case "token_type_ids": return (key, list(padded.map(\.typeIds)))
            case "special_tokens_mask": return (key, list(padded.map(\.specialTokensMask)))
            default: return (key, values)
            }
        }
        var tensors: [(String, Value)] = try columns.map { key, values in
            do {
                return (key, .native(TensorObject(try TensorObject.make(from: .list(PyList(values)), dtype: nil))))
            } catch {
                throw TokenizerObject.unableToCreateTensor(key)
            }
        }
        for old in ["label", "label_ids"] {
            if let index = tensors.firstIndex(where: { $0.0 == old }) { tensors.append(("labels", tensors.remove(at: index).1)) }
        }
        return .native(BatchEncodingObject(tensors))
    }

    /// Each row's tokenizer columns as an Encoding (a missing mask is all ones, as `tokenizer.pad` makes it).
    private func encodings(_ ids: [Value], _ columns: [(String, [Value])]) throws -> [Encoding] {
        func rows(_ key: String) throws -> [[Int]]? {
            try columns.first { $0.0 == key }.map { _, values in try values.map { try Self.ints($0, key) } }
        }
        let idRows = try ids.map { try Self.ints($0, "input_ids") }
        let masks = try rows("attention_mask"), types = try rows("token_type_ids"), special = try rows("special_tokens_mask")
        return idRows.indices.map { i in
            Encoding(ids: idRows[i], typeIds: types?[i], specialTokensMask: special?[i],
                     attentionMask: masks?[i] ?? Array(repeating: 1, count: idRows[i].count))
        }
    }

    /// A row's ids (a list of ints or a 1-D tensor).
    private static func ints(_ value: Value, _ key: String) throws -> [Int] {
        if case .native(let t as TensorObject) = value, t.tensor.rank == 1 { return t.tensor.toInt64Array().map { Int($0) } }
        guard let items = Convert.sequence(value) else { throw TokenizerObject.unableToCreateTensor(key) }
        return try items.map { item in
            guard let i = item.integer else { throw TokenizerObject.unableToCreateTensor(key) }
            return i
        }
    }

    /// A row's (key, value) pairs in order.
    private static func entries(_ row: Value) throws -> [(String, Value)] {
        switch row {
        case .dict(let d):
            return d.storage.compactMap { key, value in if case .str(let s) = key.value { return (s, value) } else { return nil } }
        case .native(let encoding as BatchEncodingObject): return encoding.entries
        default: throw PyException.typeError("DataCollatorWithPadding expects rows that are dicts, not \(row.typeName)")
        }
    }
}
