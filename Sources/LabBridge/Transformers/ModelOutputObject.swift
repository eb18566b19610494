import LabScript

/// A model's output (`Seq2SeqLMOutput`, `SequenceClassifierOutput`): named tensors read as
/// attributes (`out.logits`), by key (`out["logits"]`) or by position (`out[0]`).
final class ModelOutputObject: NativeObject {
    let name: String
    let entries: [(String, Value)]

    init(name: String, _ entries: [(String, Value)]) {
        self.name = name
        self.entries = entries
    }

    var pyClass: PyType { ModelOutputObject.cls.type }

    static let cls = NativeClass("ModelOutput", module: "transformers.modeling_outputs", methods: [
        Function("keys") { a in .list(PyList(try a.receiver(as: ModelOutputObject.self).entries.map { .str($0.0) })) },
    ])

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        entries.first { $0.0 == name }?.1 ?? (["loss", "logits"].contains(name) ? Value.none : nil)
    }

    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? {
        if case .str(let key) = index {
            guard let found = entries.first(where: { $0.0 == key }) else { throw PyException.keyError(index) }
            return found.1
        }
        guard let i = index.integer else { throw PyException.typeError("output indices must be integers or strings, not \(index.typeName)") }
        guard entries.indices.contains(i < 0 ? i + entries.count : i) else { throw PyException(.indexError, "tuple index out of range") }
        return entries[i < 0 ? i + entries.count : i].1
    }

    func repr(_ interpreter: Interpreter) throws -> String {
        "\(name)(" + entries.map { "\($0.0)=\(interpreter.repr($0.1))" }.joined(separator: ", ") + ")"
    }

    var attributeNames: [String] { entries.map(\.0) }
}
