import LabScript
import LabTensor

/// The named pair `max`/`min`/`sort`/`topk` return along a dim (`torch.return_types.max`): a
/// tuple of `(values, indices)` that also has those two as attributes.
final class ReturnTypesObject: NativeObject {
    static let classes: [String: NativeClass] = Dictionary(uniqueKeysWithValues: ["max", "min", "sort", "topk"].map { name in
        (name, NativeClass(name, module: "torch.return_types", properties: [
            Property("values") { v, _ in try pair(v).values },
            Property("indices") { v, _ in try pair(v).indices },
        ]))
    })

    let name: String
    let values: Value
    let indices: Value

    init(_ name: String, values: Tensor, indices: Tensor) {
        self.name = name
        self.values = .tensor(values)
        self.indices = .tensor(indices)
    }

    var pyClass: PyType { ReturnTypesObject.classes[name]!.type }

    func repr(_ interpreter: Interpreter) throws -> String {
        "torch.return_types.\(name)(\nvalues=\(interpreter.repr(values)),\nindices=\(interpreter.repr(indices)))"
    }

    func length(_ interpreter: Interpreter) throws -> Int? { 2 }

    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? {
        guard let i = index.integer else { throw PyException.typeError("tuple indices must be integers or slices, not \(index.typeName)") }
        switch i {
        case 0, -2: return values
        case 1, -1: return indices
        default: throw PyException(.indexError, "tuple index out of range")
        }
    }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        var items = [values, indices][...]
        return { items.popFirst() }
    }

    private static func pair(_ v: Value) throws -> ReturnTypesObject {
        guard case .native(let p as ReturnTypesObject) = v else { throw PyException.typeError("expected torch.return_types") }
        return p
    }
}
