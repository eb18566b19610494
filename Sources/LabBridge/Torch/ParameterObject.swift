import LabScript
import LabTensor

/// A model weight (`torch.nn.Parameter`) as `named_parameters()` yields it: its shape, element
/// count, gradient (`grad`, cleared by assigning None) and trainability, settable through
/// `requires_grad` as labs freeze layers.
final class ParameterObject: NativeObject {
    let parameter: Parameter

    init(_ parameter: Parameter) { self.parameter = parameter }

    var pyClass: PyType { ParameterObject.cls.type }

    func repr(_ interpreter: Interpreter) throws -> String {
        "Parameter containing:\n" + parameter.value.description
    }

    static let cls = NativeClass("Parameter", module: "torch.nn.parameter", methods: [
        Function("numel") { a in .int(try a.receiver(as: ParameterObject.self).parameter.value.scalarCount) },
        Function("size") { a in .native(SizeObject(try a.receiver(as: ParameterObject.self).parameter.value.shape)) },
        Function("detach") { a in .native(TensorObject(try a.receiver(as: ParameterObject.self).parameter.value.detached())) },
    ], properties: [
        Property("shape") { v, _ in .native(SizeObject(try parameter(v).value.shape)) },
        Property("data") { v, _ in .native(TensorObject(try parameter(v).value.detached())) },
        Property("dtype") { v, _ in .native(DTypeObject.of(try parameter(v).value.dtype)) },
        Property("grad", get: { v, _ in try parameter(v).grad.map { .native(TensorObject($0)) } ?? .none }, set: { v, new, _ in
            guard case .native(let t as TensorObject) = new else {
                guard new.isNone else { throw PyException.typeError("assigned grad expected to be a Tensor or None but got grad of type \(new.typeName)") }
                try parameter(v).grad = nil
                return
            }
            try parameter(v).grad = t.tensor
        }),
        Property("requires_grad", get: { v, _ in .bool(try parameter(v).requiresGrad) }, set: { v, flag, interpreter in
            try parameter(v).requiresGrad = try interpreter.truthy(flag)
        }),
    ])

    private static func parameter(_ v: Value) throws -> Parameter {
        guard case .native(let p as ParameterObject) = v else { throw PyException.typeError("expected a Parameter") }
        return p.parameter
    }
}
