import LabScript
import LabTensor

/// `torch.nn.utils`: `clip_grad_norm_`, scaling the gradients of model parameters in place.
enum ClipGrad {
    static let module = NativeModule("torch.nn.utils", functions: [
        Function("clip_grad_norm_", params: ["parameters", "max_norm", "norm_type=2.0", "error_if_nonfinite=False", "foreach=None"]) { a in
            guard try a.double("norm_type") == 2 else {
                throw PyException(.notImplementedError, "clip_grad_norm_ supports only norm_type=2.0")
            }
            let parameters = try parameterList(a["parameters"], a.interpreter)
            let maxNorm = Float(try a.double("max_norm"))
            if try a.bool("error_if_nonfinite"), !gradientNorm(parameters).isFinite {
                throw PyException.runtimeError("The total norm of order 2.0 for gradients from `parameters` is non-finite, so it cannot be clipped. To disable this error and scale the gradients by the non-finite norm anyway, set `error_if_nonfinite=False`")
            }
            return .tensor(Tensor(clipGradNorm(parameters, maxNorm: maxNorm)))
        },
    ])

    /// `parameters` as engine parameters: one parameter, or an iterable of them (a model's
    /// `parameters()`, a filtered generator, an optimizer group's list).
    static func parameterList(_ v: Value, _ interpreter: Interpreter) throws -> [Parameter] {
        if case .native(is TensorObject) = v { return [try ParameterObject.engineParameter(v, "clip_grad_norm_")] }
        guard case .list(let list) = try interpreter.call(.type(PyType.list), [v]) else { return [] }
        return try list.items.map { try ParameterObject.engineParameter($0, "clip_grad_norm_") }
    }
}
