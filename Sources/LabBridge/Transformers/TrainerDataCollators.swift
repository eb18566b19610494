import LabScript
import LabTensor

/// transformers' collators as objects a lab builds and hands to `Trainer(data_collator=)` or
/// calls on a list of rows: `DataCollatorForSeq2Seq(tokenizer)` pads ragged columns (ids with the
/// tokenizer's pad id, labels with -100), `default_data_collator` refuses them with torch's error
/// (`DataCollatorWithPadding` is `PaddingCollatorObject`). Each returns a `BatchEncoding` of tensors, the model's columns in their usual order.
final class DataCollatorObject: CallableNative {
    let name: String
    let collator: TrainerCollator

    init(name: String, padTokenId: Int) {
        self.name = name
        collator = TrainerCollator(collator: .none, padTokenId: padTokenId, padsRaggedRows: name != "default_data_collator")
    }

    var pyClass: PyType { DataCollatorObject.classes.first { $0.type.name == name }?.type ?? PyType.object }

    private static let call = Function("__call__", params: ["features", "return_tensors=None"]) { a in
        let rows = try a.interpreter.call(.type(PyType.list), [a["features"]])
        guard case .list(let list) = rows else { return .none }
        return try a.receiver(as: DataCollatorObject.self).collate(list.items, a.interpreter)
    }

    static let classes = ["DataCollatorForSeq2Seq"].map { name in
        NativeClass(name, module: "transformers.data.data_collator",
                    constructor: Function(name, params: ["tokenizer", "model=None", "padding=True", "max_length=None",
                                                         "pad_to_multiple_of=None", "label_pad_token_id=-100", "return_tensors='pt'"]) { a in
                        guard case .native(let tokenizer as TokenizerObject) = a["tokenizer"] else {
                            throw PyException.typeError("\(name) needs a tokenizer, not \(a["tokenizer"].typeName)")
                        }
                        return .native(DataCollatorObject(name: name, padTokenId: tokenizer.tokenizer.padTokenId ?? 0))
                    },
                    methods: [call])
    }

    /// `default_data_collator(features)`.
    static let defaultCollator = Function("default_data_collator", params: ["features", "return_tensors='pt'"]) { a in
        guard case .list(let list) = try a.interpreter.call(.type(PyType.list), [a["features"]]) else { return .none }
        return try DataCollatorObject(name: "default_data_collator", padTokenId: 0).collate(list.items, a.interpreter)
    }

    /// The rows' batch as a `BatchEncoding`.
    func collate(_ rows: [Value], _ interpreter: Interpreter) throws -> Value {
        let batch = try collator.batch(rows, interpreter)
        return .native(BatchEncodingObject(collator.columns.compactMap { column in
            batch[column.name].map { (column.name, Value.native(TensorObject($0))) }
        }))
    }
}
