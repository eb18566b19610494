import LabScript
import LabTensor

/// `torch.nn.Parameter`: a tensor that a module registers as a weight. It is a ``TensorObject``
/// backed by an engine ``Parameter``, so every tensor method works on it and writes to it (in place,
/// under `torch.no_grad()`) change the module that owns it.
final class ParameterObject: TensorObject {
    init(_ parameter: Parameter) { super.init(parameter: parameter) }

    override var pyClass: PyType { ParameterObject.parameterClass.type }

    override func repr(_ interpreter: Interpreter) throws -> String {
        "Parameter containing:\n" + tensor.description
    }

    /// `nn.Parameter(data=None, requires_grad=True)`.
    static let parameterClass = NativeClass("Parameter", module: "torch.nn.parameter", base: TensorObject.cls.type,
        constructor: Function("Parameter", params: ["data=None", "requires_grad=True"]) { a in
            let data = try a.optional("data").map { try TensorObject.make(from: $0, dtype: nil) } ?? torchCall { try Tensor([Float](), shape: [0]) }
            let requiresGrad = try a.bool("requires_grad")
            guard data.dtype.isFloatingPoint || !requiresGrad else {
                throw PyException.runtimeError("Only Tensors of floating point and complex dtype can require gradients")
            }
            return .native(ParameterObject(Parameter(data, requiresGrad: requiresGrad)))
        })

    /// The engine parameter behind a script value: a Parameter, or a leaf tensor made one.
    static func engineParameter(_ v: Value, _ what: String) throws -> Parameter {
        guard case .native(let t as TensorObject) = v else {
            throw PyException.typeError("\(what) can only optimize Tensors, but one of the params is \(v.typeName)")
        }
        return try t.asParameter()
    }
}
