/// What all optimizers share: the parameters they update and clearing their gradients.
///
/// Optimizers hold ``Parameter`` references (as PyTorch optimizers hold `nn.Parameter`s) and update
/// each `value` in place, under no-grad. Their state is a value (``Adam/State``, ``SGD/State``):
/// copy it to save, assign it back to restore; copies share buffers until the next step writes.
public protocol Optimizer: AnyObject {
    /// The parameters updated by ``step()``, in order.
    var parameters: [Parameter] { get }
    /// The learning rate (schedulers may change it between steps).
    var learningRate: Float { get set }
    /// Applies one update from the parameters' current gradients; parameters without a gradient are skipped.
    func step() throws
    /// The state as named tensors with PyTorch's keys (`state.<index>.<buffer>`), for saving.
    func stateDict() -> [String: Tensor]
    /// Restores a state saved by ``stateDict()``, checking shapes against the parameters.
    func loadStateDict(_ dict: [String: Tensor]) throws
}

extension Optimizer {
    /// Clears every parameter's gradient (PyTorch's `zero_grad(set_to_none=True)`).
    public func zeroGrad() {
        for p in parameters { p.grad = nil }
    }
}

/// `dict[key]` for parameter `index`, checked to have its parameter's shape; nil when absent.
func savedBuffer(_ dict: [String: Tensor], _ key: String, of parameters: [Parameter], _ index: Int, _ op: String) throws -> Tensor? {
    guard let saved = dict["state.\(index).\(key)"] else { return nil }
    guard saved.shape == parameters[index].value.shape else {
        throw TensorError(op, "state.\(index).\(key) has shape \(saved.shape) but the parameter has shape \(parameters[index].value.shape)")
    }
    return saved.denseFloat()
}

/// The gradient of a parameter as a dense float buffer, checked against the parameter's shape.
/// Refuses float16/bfloat16 parameters: PyTorch keeps their optimizer state in their own dtype
/// and rounds at every step, which these float32 updates would not reproduce.
func denseGradient(of parameter: Parameter, _ op: String) throws -> Tensor? {
    guard let grad = parameter.grad else { return nil }
    guard !parameter.value.dtype.isReducedFloat else {
        throw TensorError(op, "optimizing \(parameter.value.dtype.torchName) parameters is not supported; convert the model with .float() before training")
    }
    guard grad.shape == parameter.value.shape else {
        throw TensorError(op, "gradient of shape \(grad.shape) does not match its parameter's shape \(parameter.value.shape)")
    }
    return grad.denseFloat()
}
