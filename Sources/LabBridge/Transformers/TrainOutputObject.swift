import LabScript

/// What `Trainer.train()` returns: transformers' `TrainOutput(global_step, training_loss, metrics)`
/// named tuple, read by name, by position or by unpacking.
final class TrainOutputObject: NativeObject {
    let fields: [(name: String, value: Value)]

    init(globalStep: Int, trainingLoss: Double, metrics: PyDict) {
        fields = [("global_step", .int(globalStep)), ("training_loss", .float(trainingLoss)), ("metrics", .dict(metrics))]
    }

    var pyClass: PyType { TrainOutputObject.cls.type }

    static let cls = NativeClass("TrainOutput", module: "transformers.trainer_utils")

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? { fields.first { $0.name == name }?.value }

    var attributeNames: [String] { fields.map(\.name) }

    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? {
        guard let i = index.integer else { throw PyException.typeError("tuple indices must be integers or slices, not \(index.typeName)") }
        let position = i < 0 ? i + fields.count : i
        guard fields.indices.contains(position) else { throw PyException.indexError("tuple index out of range") }
        return fields[position].value
    }

    func length(_ interpreter: Interpreter) throws -> Int? { fields.count }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        var values = fields.map(\.value).makeIterator()
        return { values.next() }
    }

    func repr(_ interpreter: Interpreter) throws -> String {
        "TrainOutput(" + fields.map { "\($0.name)=\(interpreter.repr($0.value))" }.joined(separator: ", ") + ")"
    }
}
