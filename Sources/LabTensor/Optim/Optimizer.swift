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
}

extension Optimizer {
    /// Clears every parameter's gradient (PyTorch's `zero_grad(set_to_none=True)`).
    public func zeroGrad() {
        for p in parameters { p.grad = nil }
    }
}

/// The gradient of a parameter as a dense float buffer, checked against the parameter's shape.
func denseGradient(of parameter: Parameter, _ op: String) throws -> Tensor? {
    guard let grad = parameter.grad else { return nil }
    guard grad.shape == parameter.value.shape else {
        throw TensorError(op, "gradient of shape \(grad.shape) does not match its parameter's shape \(parameter.value.shape)")
    }
    return grad.denseFloat()
}
