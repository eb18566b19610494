/// A weight with identity: shared by reference between the module that owns it and the optimizer
/// that updates it (PyTorch's `nn.Parameter`; names come from the module tree, not from here).
///
/// `value` is a leaf tensor. When trainable, its graph node holds the accumulated gradient; freezing
/// drops the node (and the gradient). Optimizers write `value` in place, which keeps the node and
/// copies the storage first only when something else (a snapshot, a recorded graph) shares it.
///
/// Snapshot and restore: `let saved = parameters.map(\.value)` costs nothing (the tensors share
/// storage until the next update); `try parameter.assign(saved[i])` puts a value back while keeping
/// the parameter's gradient slot and trainability. Setting `value` directly replaces the leaf, and
/// with it the gradient slot.
public final class Parameter {
    /// The current weight (a leaf tensor).
    public var value: Tensor

    /// Wraps a tensor as a weight: a floating one keeps its dtype, others become float32.
    public init(_ value: Tensor, requiresGrad: Bool = true) {
        self.value = value.detached().floatingPoint()
        self.value.requiresGrad = requiresGrad
    }

    /// Whether the weight is trainable. Changing it drops any accumulated gradient.
    public var requiresGrad: Bool {
        get { value.requiresGrad }
        set {
            guard newValue != value.requiresGrad else { return }
            value.requiresGrad = newValue
        }
    }

    /// The accumulated gradient (nil after `zero_grad`-style clearing or before any backward).
    public var grad: Tensor? {
        get { value.grad }
        set { value.grad = newValue }
    }

    /// Replaces the weight's elements (same shape), keeping its identity, dtype and trainability.
    public func assign(_ newValue: Tensor) throws {
        guard newValue.shape == value.shape else {
            throw TensorError("Parameter.assign", "shape \(newValue.shape) does not match the parameter's shape \(value.shape)")
        }
        let node = value.gradNode
        value = newValue.detached().converted(to: value.dtype.isFloatingPoint ? value.dtype : .float32).contiguous()
        value.gradNode = node
    }
}

extension Parameter: CustomStringConvertible {
    /// PyTorch's form: `Parameter containing:` above the tensor.
    public var description: String { "Parameter containing:\n" + value.description }
}
